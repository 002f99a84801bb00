// The embed builder: a form, a live preview and a snippet to copy. Built with plain DOM calls (no HTML strings), so
// it runs under the same strict Content-Security-Policy and Trusted Types as the widgets.
import { countryName, members } from '../src/data.js';
import { control, defaultValue, type Values } from './controls.js';
import { el } from './dom.js';
import { commonFields, elementChoices, type ElementChoice, type TagName } from './fields.js';
import { defaultScriptSettings, renderScriptOptions, scriptChoices } from './script-options.js';
import { fallbackContent, presentAttributes, snippet, type Choices } from './snippet.js';

export interface BuilderOptions {
  /** The package version the snippet's script tag is pinned to. */
  version: string;
  /** The heading level of the builder's own sections (the page's title is one above). */
  headingLevel?: 2 | 3;
}

const id = (name: string) => `cc4dr-builder-${name}`;

/** Puts the embed builder into `container`. Returns a function that removes it. */
export function mountBuilder(container: HTMLElement, { version, headingLevel = 2 }: BuilderOptions): () => void {
  const heading = (text: string, name: string) => el(`h${headingLevel}`, { id: id(name) }, text);
  const state = {
    choice: elementChoices[0],
    /** Each element's values, kept while the editor looks at another element. */
    values: new Map<TagName, Values>(),
    common: {} as Values,
    script: { ...defaultScriptSettings },
  };
  const choices = (): Choices => ({
    tag: state.choice.tag,
    attributes: { ...valuesOf(state.values, state.choice), ...state.common },
    ...scriptChoices(state.script),
  });

  const elementSelect = el('select', { id: id('element') }, ...elementChoices.map((c) => el('option', { value: c.tag }, c.label)));
  const optionsArea = el('div', { className: 'fields' });
  const scriptArea = el('div', { className: 'fields' });
  const preview = el('div', { className: 'preview' });
  const copy = copyControls();

  const update = () => {
    copy.show(snippet(choices(), version));
    preview.replaceChildren(previewElement(choices()));
  };
  const renderOptions = () =>
    optionsArea.replaceChildren(
      ...state.choice.fields.map((field) => control(field, valuesOf(state.values, state.choice), update)),
      ...commonFields.map((field) => control(field, state.common, update)),
    );
  elementSelect.addEventListener('change', () => {
    state.choice = elementChoices.find((c) => c.tag === elementSelect.value) ?? elementChoices[0];
    renderOptions();
    update();
  });

  const form = el(
    'form',
    { className: 'builder-form', attrs: { 'aria-labelledby': id('form-heading') } },
    heading('Set up your widget', 'form-heading'),
    el('div', { className: 'field' }, el('label', { htmlFor: id('element') }, 'Widget'), elementSelect),
    optionsArea,
    el('fieldset', {}, el('legend', {}, 'Where your page loads the script from'), scriptArea),
    el('datalist', { id: id('cities') }, ...members.map((m) => el('option', { value: m.name, label: countryName('en', m.country) }))),
  );
  // The form is never submitted: every change shows at once in the preview and the snippet.
  form.addEventListener('submit', (event) => event.preventDefault());

  const root = el(
    'div',
    { className: 'cc4dr-builder' },
    form,
    el(
      'div',
      { className: 'builder-result' },
      el(
        'section',
        { className: 'builder-preview', attrs: { 'aria-labelledby': id('preview-heading') } },
        heading('Preview', 'preview-heading'),
        el('p', { className: 'hint' }, 'This is how the widget looks and reads on a page.'),
        preview,
      ),
      el(
        'section',
        { className: 'builder-snippet', attrs: { 'aria-labelledby': id('snippet-heading') } },
        heading('Your snippet', 'snippet-heading'),
        el(
          'p',
          { className: 'hint', id: id('snippet-hint') },
          'Paste it into the HTML view of your page or CMS block. The text inside the element is what readers see if the script does not run.',
        ),
        ...copy.nodes,
      ),
    ),
  );

  renderOptions();
  renderScriptOptions(scriptArea, state.script, version, update);
  update();
  container.append(root);
  return () => root.remove();
}

/** The values of an element's fields, made with each field's default the first time it is chosen. */
function valuesOf(all: Map<TagName, Values>, choice: ElementChoice): Values {
  let values = all.get(choice.tag);
  if (!values) all.set(choice.tag, (values = Object.fromEntries(choice.fields.map((f) => [f.attribute, defaultValue(f)]))));
  return values;
}

/** The snippet's text area with its copy button and status; `show` puts a new snippet in. */
function copyControls() {
  const output = el('textarea', {
    id: id('snippet'),
    readOnly: true,
    rows: 8,
    spellcheck: false,
    attrs: { autocapitalize: 'off', autocomplete: 'off', 'aria-describedby': id('snippet-hint') },
  });
  const button = el('button', { type: 'button', className: 'copy' }, 'Copy snippet');
  const status = el('p', { className: 'copy-status', attrs: { role: 'status' } });
  const copy = async () => {
    status.textContent = '';
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no Clipboard API');
      await navigator.clipboard.writeText(output.value);
      status.textContent = 'Copied. Paste it into the HTML view of your page.';
    } catch {
      // Clipboard access can be refused (an insecure page, a policy, a browser setting): select the text instead.
      output.focus();
      output.select();
      status.textContent = 'This browser did not let us copy. The snippet is selected: press Ctrl+C (⌘C on a Mac) to copy it.';
    }
  };
  button.addEventListener('click', () => void copy());
  return {
    nodes: [el('label', { htmlFor: id('snippet'), className: 'visually-hidden' }, 'Snippet'), output, button, status],
    show(text: string) {
      output.value = text;
      status.textContent = '';
    },
  };
}

/** The element the snippet describes, built with DOM calls, with the same fallback content. */
function previewElement(choices: Choices): HTMLElement {
  const widget = document.createElement(choices.tag);
  for (const [name, value] of presentAttributes(choices)) widget.setAttribute(name, value === true ? '' : value);
  const fallback = fallbackContent(choices);
  widget.append(
    el('p', fallback.lang ? { lang: fallback.lang } : {}, fallback.text, el('a', { href: fallback.href }, fallback.link), fallback.after),
  );
  return widget;
}
