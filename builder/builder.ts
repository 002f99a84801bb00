// The embed builder: a form, a live preview and a snippet to copy. Built with plain DOM calls (no HTML strings), so
// it runs under the same strict Content-Security-Policy and Trusted Types as the widgets.
import { countryName } from '../src/core/format.js';
import { findMember, members } from '../src/core/data.js';
import { commonFields, elementChoices, type ElementChoice, type Field, type TagName } from './fields.js';
import { fallbackContent, presentAttributes, snippet, type Choices } from './snippet.js';

type Values = Record<string, string | boolean>;
type Children = (Node | string)[];

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  properties: Omit<Partial<HTMLElementTagNameMap[K]>, 'attributes'> & { attrs?: Record<string, string | undefined> },
  ...children: Children
): HTMLElementTagNameMap[K] {
  const { attrs = {}, ...rest } = properties;
  const element = Object.assign(document.createElement(tag), rest);
  for (const [name, value] of Object.entries(attrs)) if (value !== undefined) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

export interface BuilderOptions {
  /** The package version the snippet's script tag is pinned to. */
  version: string;
  /** The heading level of the builder's own sections (the page's title is one above). */
  headingLevel?: 2 | 3;
}

/** Puts the embed builder into `container`. Returns a function that removes it. */
export function mountBuilder(container: HTMLElement, { version, headingLevel = 2 }: BuilderOptions): () => void {
  const id = (name: string) => `cc4dr-builder-${name}`;
  const heading = (text: string, name: string) => el(`h${headingLevel}`, { id: id(name) }, text);
  const valuesByTag = new Map<TagName, Values>();
  const common: Values = {};
  let choice: ElementChoice = elementChoices[0]!;
  let script = { include: true, from: 'cdn' as 'cdn' | 'site', path: '/assets/cc4dr-widgets.js', holdFirstPaint: false };

  const valuesOf = (tag: TagName): Values => {
    const known = valuesByTag.get(tag);
    if (known) return known;
    const fields = elementChoices.find((c) => c.tag === tag)?.fields ?? [];
    const values: Values = Object.fromEntries(fields.map((f) => [f.attribute, defaultValue(f)]));
    valuesByTag.set(tag, values);
    return values;
  };

  const cityList = el(
    'datalist',
    { id: id('cities') },
    ...members.map((m) => el('option', { value: m.name, label: countryName('en', m.country) })),
  );

  const elementSelect = el(
    'select',
    { id: id('element') },
    ...elementChoices.map((c) => el('option', { value: c.tag }, c.label)),
  );
  const optionsArea = el('div', { className: 'fields' });
  const scriptArea = el('div', { className: 'fields' });
  const preview = el('div', { className: 'preview' });
  const output = el('textarea', {
    id: id('snippet'),
    readOnly: true,
    rows: 8,
    spellcheck: false,
    attrs: { autocapitalize: 'off', autocomplete: 'off' },
  });
  const copyButton = el('button', { type: 'button', className: 'copy' }, 'Copy snippet');
  const copyStatus = el('p', { className: 'copy-status', attrs: { role: 'status' } });

  const form = el(
    'form',
    { className: 'builder-form', attrs: { 'aria-labelledby': id('form-heading') } },
    heading('Set up your widget', 'form-heading'),
    el('div', { className: 'field' }, el('label', { htmlFor: id('element') }, 'Widget'), elementSelect),
    optionsArea,
    el(
      'fieldset',
      {},
      el('legend', {}, 'Where your page loads the script from'),
      scriptArea,
    ),
    cityList,
  );
  // The form is never submitted: every change shows at once in the preview and the snippet.
  form.addEventListener('submit', (event) => event.preventDefault());

  const previewSection = el(
    'section',
    { className: 'builder-preview', attrs: { 'aria-labelledby': id('preview-heading') } },
    heading('Preview', 'preview-heading'),
    el('p', { className: 'hint' }, 'This is how the widget looks and reads on a page.'),
    preview,
  );
  const snippetSection = el(
    'section',
    { className: 'builder-snippet', attrs: { 'aria-labelledby': id('snippet-heading') } },
    heading('Your snippet', 'snippet-heading'),
    el(
      'p',
      { className: 'hint', id: id('snippet-hint') },
      'Paste it into the HTML view of your page or CMS block. The text inside the element is what readers see if the script does not run.',
    ),
    el('label', { htmlFor: id('snippet'), className: 'visually-hidden' }, 'Snippet'),
    output,
    copyButton,
    copyStatus,
  );
  const root = el(
    'div',
    { className: 'cc4dr-builder' },
    form,
    el('div', { className: 'builder-result' }, previewSection, snippetSection),
  );
  output.setAttribute('aria-describedby', id('snippet-hint'));

  const currentChoices = (): Choices => ({
    tag: choice.tag,
    attributes: { ...valuesOf(choice.tag), ...common },
    ...(script.include ? { script: script.from === 'cdn' ? { from: 'cdn' as const } : { from: 'site' as const, path: script.path } } : {}),
    holdFirstPaint: script.include && script.holdFirstPaint,
  });

  const update = () => {
    const choices = currentChoices();
    output.value = snippet(choices, version);
    preview.replaceChildren(previewElement(choices));
    copyStatus.textContent = '';
  };

  const renderOptions = () => {
    const values = valuesOf(choice.tag);
    optionsArea.replaceChildren(
      ...choice.fields.map((field) => control(field, values, update)),
      ...commonFields.map((field) => control(field, common, update)),
    );
  };

  const renderScriptOptions = () => {
    const radio = (from: 'cdn' | 'site', label: string, hint: string) =>
      el(
        'div',
        { className: 'choice' },
        el('input', {
          type: 'radio',
          name: id('script-from'),
          id: id(`script-${from}`),
          value: from,
          checked: script.from === from,
          disabled: !script.include,
          onchange: () => {
            script = { ...script, from };
            renderScriptOptions();
            update();
          },
          attrs: { 'aria-describedby': id(`script-${from}-hint`) },
        }),
        el('label', { htmlFor: id(`script-${from}`) }, label),
        el('p', { className: 'hint', id: id(`script-${from}-hint`) }, hint),
      );
    const path = el('input', {
      type: 'text',
      id: id('script-path'),
      value: script.path,
      disabled: !script.include || script.from !== 'site',
      attrs: { 'aria-describedby': id('script-path-hint'), autocomplete: 'off' },
      oninput: () => {
        script = { ...script, path: path.value };
        update();
      },
    });
    scriptArea.replaceChildren(
      el(
        'div',
        { className: 'choice' },
        el('input', {
          type: 'checkbox',
          id: id('script-include'),
          checked: script.include,
          onchange: (event: Event) => {
            script = { ...script, include: (event.target as HTMLInputElement).checked };
            renderScriptOptions();
            update();
          },
          attrs: { 'aria-describedby': id('script-include-hint') },
        }),
        el('label', { htmlFor: id('script-include') }, 'Include the script tag'),
        el('p', { className: 'hint', id: id('script-include-hint') }, 'Leave it out if the page has it already: once per page is enough.'),
      ),
      radio(
        'cdn',
        `From jsDelivr, pinned to version ${version}`,
        'Works at once. The reader’s browser then asks jsDelivr for the file, and your CSP must allow https://cdn.jsdelivr.net in script-src.',
      ),
      radio(
        'site',
        'From your own site (recommended)',
        'No request to any other site. Copy dist/cc4dr-widgets.js and the folder dist/cc4dr-widgets/ from the package to your site, side by side.',
      ),
      el(
        'div',
        { className: 'field' },
        el('label', { htmlFor: id('script-path') }, 'Address of cc4dr-widgets.js on your site'),
        path,
        el('p', { className: 'hint', id: id('script-path-hint') }, 'For example /assets/cc4dr-widgets.js.'),
      ),
      el(
        'div',
        { className: 'choice' },
        el('input', {
          type: 'checkbox',
          id: id('script-hold'),
          checked: script.holdFirstPaint,
          disabled: !script.include,
          onchange: (event: Event) => {
            script = { ...script, holdFirstPaint: (event.target as HTMLInputElement).checked };
            update();
          },
          attrs: { 'aria-describedby': id('script-hold-hint') },
        }),
        el('label', { htmlFor: id('script-hold') }, 'Show the page with the widget already in place'),
        el(
          'p',
          { className: 'hint', id: id('script-hold-hint') },
          'For a widget in the first screen of the page: nothing moves when it appears. Chrome and Edge then wait for the script before showing the page.',
        ),
      ),
    );
  };

  elementSelect.addEventListener('change', () => {
    choice = elementChoices.find((c) => c.tag === elementSelect.value) ?? elementChoices[0]!;
    renderOptions();
    update();
  });

  copyButton.addEventListener('click', async () => {
    const text = output.value;
    copyStatus.textContent = '';
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no Clipboard API');
      await navigator.clipboard.writeText(text);
      copyStatus.textContent = 'Copied. Paste it into the HTML view of your page.';
    } catch {
      // Clipboard access can be refused (an insecure page, a policy, a browser setting): select the text instead.
      output.focus();
      output.select();
      copyStatus.textContent = 'This browser did not let us copy. The snippet is selected: press Ctrl+C (⌘C on a Mac) to copy it.';
    }
  });

  renderOptions();
  renderScriptOptions();
  update();
  container.append(root);
  return () => root.remove();
}

function defaultValue(field: Field): string | boolean {
  if (field.kind === 'checkbox') return false;
  if (field.kind === 'select') return field.options[0]?.[0] ?? '';
  return '';
}

/** One labelled control with its hint, writing into `values[field.attribute]`. */
function control(field: Field, values: Values, onChange: () => void): HTMLElement {
  const controlId = `cc4dr-builder-field-${field.attribute}`;
  const hintId = `${controlId}-hint`;
  const described = field.hint || field.kind === 'city' ? { 'aria-describedby': hintId } : undefined;
  const hint = el('p', { className: 'hint', id: hintId }, field.hint ?? '');
  const label = el('label', { htmlFor: controlId }, field.label);
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
        ...(described ? { attrs: described } : {}),
      });
      return el('div', { className: 'choice' }, input, label, ...(field.hint ? [hint] : []));
    }
    case 'select': {
      const select = el(
        'select',
        { id: controlId, onchange: () => set(select.value), ...(described ? { attrs: described } : {}) },
        ...field.options.map(([value, text]) =>
          el('option', { value, selected: values[field.attribute] === value, ...(field.optionsInTheirLanguage && value ? { lang: value } : {}) }, text),
        ),
      );
      return el('div', { className: 'field' }, label, select, ...(field.hint ? [hint] : []));
    }
    case 'city': {
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
      const status = el('span', { className: 'city-status' }, cityStatus(input.value));
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
      return el('div', { className: 'field' }, label, input, ...(field.hint ? [hint] : []));
    }
  }
}

/** What the data says about the typed city, so an editor knows before the preview updates. */
function cityStatus(typed: string): string {
  if (!typed.trim()) return '';
  const member = findMember(typed);
  if (!member) return `“${typed.trim()}” is not in our list of member cities: the widget will say so politely and link to the official list.`;
  const where = `${member.name}, ${countryName('en', member.country)}`;
  return member.status === 'member' ? `Found: ${where}, a member.` : `Found: ${where}, membership not confirmed.`;
}

/** The element the snippet describes, built with DOM calls, with the same fallback content. */
function previewElement(choices: Choices): HTMLElement {
  const widget = document.createElement(choices.tag);
  for (const [name, value] of presentAttributes(choices)) widget.setAttribute(name, value === true ? '' : value);
  const fallback = fallbackContent(choices);
  const lang = choices.attributes.lang;
  const fallbackLang = typeof lang === 'string' && lang !== '' && lang !== 'en' ? { lang: 'en' } : {};
  widget.append(el('p', fallbackLang, fallback.text, el('a', { href: fallback.href }, fallback.link), fallback.after));
  return widget;
}
