// One labelled form control per field of fields.ts, writing the value into the element's attribute values.
import { countryName, findMember } from '../src/data.js';
import { choice, el } from './dom.js';
import type { Field } from './fields.js';

export type Values = Record<string, string | boolean>;

/** What a field holds before the editor touches it. */
export function defaultValue(field: Field): string | boolean {
  if (field.kind === 'checkbox') return false;
  if (field.kind === 'select') return field.options[0]?.[0] ?? '';
  return '';
}

/** One labelled control with its hint, writing into `values[field.attribute]`. */
export function control(field: Field, values: Values, onChange: () => void): HTMLElement {
  const controlId = `cc4dr-builder-field-${field.attribute}`;
  const hintId = `${controlId}-hint`;
  const described = field.hint || field.kind === 'city' ? { 'aria-describedby': hintId } : undefined;
  const hint = el('p', { className: 'hint', id: hintId }, field.hint ?? '');
  const label = el('label', { htmlFor: controlId }, field.label);
  const hints = field.hint ? [hint] : [];
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
      return choice(input, field.label, field.hint);
    }
    case 'select': {
      const select = el(
        'select',
        { id: controlId, onchange: () => set(select.value), ...(described ? { attrs: described } : {}) },
        ...field.options.map(([value, text]) =>
          el(
            'option',
            { value, selected: values[field.attribute] === value, ...(field.optionsInTheirLanguage && value ? { lang: value } : {}) },
            text,
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
          status.textContent = cityStatus(input.value);
          set(input.value);
        },
      });
      status.textContent = cityStatus(input.value);
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
        attrs: { autocomplete: 'off', ...described },
      });
      return el('div', { className: 'field' }, label, input, ...hints);
    }
  }
}

/** What the data says about the typed city, so an editor knows before the preview updates. */
function cityStatus(typed: string): string {
  if (!typed.trim()) return '';
  const member = findMember(typed);
  if (!member)
    return `“${typed.trim()}” is not in our list of member cities: the widget will say so politely and link to the official list.`;
  const where = `${member.name}, ${countryName('en', member.country)}`;
  return member.status === 'member' ? `Found: ${where}, a member.` : `Found: ${where}, membership not confirmed.`;
}
