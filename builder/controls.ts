// One labelled form control per field of fields.ts, writing the value into the element's attribute values.
import { cityName, describePlaces, findCity, findMember, formatList, memberPlace } from '../src/data.js';
import { choice, el } from './dom.js';
import type { Field } from './fields.js';
import { builderText, type BuilderText } from './language.js';

export type Values = Record<string, string | boolean>;

/** What a field holds before the editor touches it (the same in every language). */
export function defaultValue(field: Field): string | boolean {
  if (field.kind === 'checkbox') return false;
  if (field.kind === 'select') return field.options(builderText('en'))[0]?.[0] ?? '';
  return '';
}

/** One labelled control with its hint, in the builder's language, writing into `values[field.attribute]`. */
export function control(field: Field, values: Values, text: BuilderText, onChange: () => void): HTMLElement {
  const controlId = `cc4dr-builder-field-${field.attribute}`;
  const hintId = `${controlId}-hint`;
  const hintText = field.hint ? text.t(field.hint) : undefined;
  const described = hintText || field.kind === 'city' ? { 'aria-describedby': hintId } : undefined;
  const hint = el('p', { className: 'hint', id: hintId }, hintText ?? '');
  const label = el('label', { htmlFor: controlId }, text.t(field.label));
  const hints = hintText ? [hint] : [];
  const set = (value: string | boolean) => {
    values[field.attribute] = value;
    onChange();
  };

  switch (field.kind) {
    case 'checkbox': {
      const input = el('input', {
        type: 'checkbox',
        id: controlId,
        checked: values[field.attribute] === true,
        onchange: () => set(input.checked),
      });
      return choice(input, text.t(field.label), hintText);
    }
    case 'select': {
      const select = el(
        'select',
        { id: controlId, onchange: () => set(select.value), ...(described ? { attrs: described } : {}) },
        ...field
          .options(text)
          .map(([value, name]) =>
            el(
              'option',
              { value, selected: values[field.attribute] === value, ...(field.optionsInTheirLanguage && value ? { lang: value } : {}) },
              name,
            ),
          ),
      );
      return el('div', { className: 'field' }, label, select, ...hints);
    }
    case 'city': {
      const status = el('span', { className: 'city-status' });
      const input = el('input', {
        type: 'text',
        id: controlId,
        value: String(values[field.attribute] ?? ''),
        attrs: { list: 'cc4dr-builder-cities', autocomplete: 'off', spellcheck: 'false', ...described },
        oninput: () => {
          const member = findMember(input.value);
          // A suggestion names the city with its place ("Austin (Texas, United States)"): the snippet gets the city's
          // name with its state where it has one (other places of its country may share the name) and, where the
          // element takes one, its country.
          if (field.fillsCountry) values.country = member?.country ?? '';
          const picked = member && /[,(]/.test(input.value);
          set(picked ? [member.name, member.subdivision?.name].filter(Boolean).join(', ') : input.value);
          status.textContent = cityStatus(
            String(values[field.attribute] ?? ''),
            field.fillsCountry ? String(values.country ?? '') : undefined,
            text,
          );
        },
      });
      status.textContent = cityStatus(input.value, field.fillsCountry ? String(values.country ?? '') : undefined, text);
      hint.append(' ', status);
      return el('div', { className: 'field' }, label, input, hint);
    }
    default: {
      const input = el('input', {
        type: field.kind === 'number' ? 'number' : 'text',
        id: controlId,
        value: String(values[field.attribute] ?? ''),
        oninput: () => set(input.value),
        ...(field.kind === 'number' ? { min: String(field.min), max: String(field.max), inputMode: 'numeric' } : {}),
        // An address reads left to right in every language.
        attrs: { autocomplete: 'off', ...(field.kind === 'url' ? { dir: 'ltr' } : {}), ...described },
      });
      return el('div', { className: 'field' }, label, input, ...hints);
    }
  }
}

/** What the list says about the typed city, so an editor knows before the preview updates, and how to pin a shared name. */
function cityStatus(typed: string, country: string | undefined, { locale, t }: BuilderText): string {
  const city = findCity(typed, country || undefined);
  if (city.kind === 'none') return '';
  if (city.kind === 'not-listed') return t('builder.city.notListed', { city: city.name });
  const place = memberPlace(city.member, locale, locale);
  if (city.kind === 'found') return t(city.member.status === 'member' ? 'builder.city.member' : 'builder.city.unconfirmed', { place });
  const places = formatList(locale, describePlaces(city.places, locale, locale));
  const name = cityName(city.member, locale);
  if (city.pin === 'unknown') return t('builder.city.pinUnknown', { city: city.name, places });
  return city.pin === 'subdivision'
    ? t('builder.city.pinState', {
        city: city.name,
        places,
        place,
        example: [name, city.member.subdivision?.name].filter(Boolean).join(', '),
      })
    : t('builder.city.pinCountry', { city: city.name, places, place });
}
