// The embed builder: a form, a live preview and a snippet to copy, in any of the library's languages. Built with plain
// DOM calls (no HTML strings), so it runs under the same strict Content-Security-Policy and Trusted Types as the
// widgets.
import { memberPlace, members } from '../src/data.js';
import { bestLocale, copyField, languageName, supportedLocales, type Locale } from '../src/languages.js';
import { control, defaultValue, type Values } from './controls.js';
import { el } from './dom.js';
import { commonFields, elementChoices, type ElementChoice, type TagName } from './fields.js';
import { frameHeightMeter } from './frame-height.js';
import { builderText, loadBuilderLanguage, type BuilderText } from './language.js';
import { defaultScriptSettings, renderScriptOptions, scriptChoices } from './script-options.js';
import { fallbackContent, frameAddress, frameHeight, presentAttributes, snippet, type Choices } from './snippet.js';

export interface BuilderOptions {
  /** The package version the snippet's script tag is pinned to. */
  version: string;
  /** The heading level of the builder's own sections (the page's title is one above). */
  headingLevel?: 2 | 3;
  /** The builder's language at first; it must be loaded (`loadBuilderLanguage`). Default English. */
  lang?: Locale;
  /** Called when the editor chooses another language for the builder, once it has loaded. */
  onLanguageChange?: (text: BuilderText) => void;
  /**
   * The builder page's address. The snippet loads the script and the frame page of the same copy, beside its folder
   * (`../cc4dr-widgets.js`, `../frame/`), until the editor gives others. Default: the address of the page it runs in.
   */
  address?: string;
}

const id = (name: string) => `cc4dr-builder-${name}`;

/** Puts the embed builder into `container`. Returns a function that removes it. */
export function mountBuilder(container: HTMLElement, options: BuilderOptions): () => void {
  const { version, headingLevel = 2, lang = 'en', onLanguageChange, address = location.href } = options;
  const state = {
    text: builderText(lang),
    choice: elementChoices[0],
    /** Each element's values, kept while the editor looks at another element. */
    values: new Map<TagName, Values>(),
    common: {} as Values,
    script: defaultScriptSettings(address),
    /** The iframe's height for each frame page address measured so far (its query: the widget and its attributes). */
    frameHeights: new Map<string, number>(),
  };
  let root = render();
  container.append(root);

  /** Draws the whole builder in the current language; a change of language draws it again, keeping every choice. */
  function render(): HTMLElement {
    const { text } = state;
    const { t } = text;
    const heading = (content: string, name: string) => el(`h${headingLevel}`, { id: id(name) }, content);
    const choices = (): Choices => {
      const now: Choices = {
        tag: state.choice.tag,
        attributes: { ...valuesOf(state.values, state.choice), ...state.common },
        ...scriptChoices(state.script, state.choice.shownBeforeFirstPaint),
      };
      return now.frame ? { ...now, frame: { ...now.frame, height: state.frameHeights.get(frameAddress(now, '')) } } : now;
    };

    const languageSelect = el(
      'select',
      { id: id('language') },
      ...supportedLocales.map((l) => el('option', { value: l, lang: l, selected: l === text.locale }, languageName(l))),
    );
    languageSelect.addEventListener('change', () => void changeLanguage(languageSelect.value as Locale));
    const elementSelect = el(
      'select',
      { id: id('element') },
      ...elementChoices.map((c) => el('option', { value: c.tag, selected: c === state.choice }, t(c.label))),
    );
    const optionsArea = el('div', { className: 'fields' });
    const scriptArea = el('div', { className: 'fields' });
    const preview = el('div', { className: 'preview' });
    const copy = copyControls(text);
    const frameAdvice = el('p', { className: 'hint', id: id('frame-height') });
    const meter = frameHeightMeter();

    const show = (now: Choices) => {
      copy.show(snippet(now, version, text));
      frameAdvice.hidden = !now.frame;
      frameAdvice.textContent = now.frame ? t('builder.frame.height', { height: frameHeight(now) }) : '';
      copy.describedBy(now.frame ? [id('snippet-hint'), id('frame-height')] : [id('snippet-hint')]);
    };
    /** Measures the widget as the iframe shows it, once for each setup; the snippet says it is busy meanwhile. */
    const measureFrame = async (now: Choices) => {
      const key = frameAddress(now, '');
      copy.busy(!state.frameHeights.has(key));
      if (state.frameHeights.has(key)) return;
      // The frame page is in English unless the widget is given a language.
      const height = await meter.measure(previewElement(now, text), String(now.attributes.lang || 'en'));
      if (height === undefined || root !== wrapper) return;
      state.frameHeights.set(key, height);
      copy.busy(false);
      show(choices());
    };

    const update = () => {
      const now = choices();
      show(now);
      if (now.frame) void measureFrame(now);
      else copy.busy(false);
      preview.replaceChildren(previewElement(now, text));
      // A widget set to another language gets its fallback sentence in that language, once it has arrived.
      const widgetLanguage = now.attributes.lang;
      if (typeof widgetLanguage === 'string' && widgetLanguage) {
        void loadBuilderLanguage(bestLocale(widgetLanguage)).then(() => {
          if (state.common.lang !== widgetLanguage || root !== wrapper) return;
          show(choices());
          preview.replaceChildren(previewElement(choices(), text));
        });
      }
    };
    const renderOptions = () =>
      optionsArea.replaceChildren(
        ...state.choice.fields.map((field) => control(field, valuesOf(state.values, state.choice), text, update)),
        ...commonFields.map((field) => control(field, state.common, text, update)),
      );
    elementSelect.addEventListener('change', () => {
      state.choice = elementChoices.find((c) => c.tag === elementSelect.value) ?? elementChoices[0];
      renderOptions();
      renderScriptOptions(scriptArea, state.script, version, text, update, state.choice.shownBeforeFirstPaint);
      update();
    });

    const form = el(
      'form',
      { className: 'builder-form', attrs: { 'aria-labelledby': id('form-heading') } },
      el('div', { className: 'field' }, el('label', { htmlFor: id('language') }, t('builder.language')), languageSelect),
      heading(t('builder.formHeading'), 'form-heading'),
      el('div', { className: 'field' }, el('label', { htmlFor: id('element') }, t('builder.widget')), elementSelect),
      optionsArea,
      el('fieldset', {}, el('legend', {}, t('builder.output.legend')), scriptArea),
      el(
        'datalist',
        { id: id('cities') },
        // Each city with its place, so that an editor picks the right one of two places with one name.
        ...members.map((m) => el('option', { value: memberPlace(m, text.locale, text.locale) })),
      ),
    );
    // The form is never submitted: every change shows at once in the preview and the snippet.
    form.addEventListener('submit', (event) => event.preventDefault());

    const wrapper = el(
      'div',
      { className: 'cc4dr-builder', lang: text.locale, dir: text.direction },
      form,
      el(
        'div',
        { className: 'builder-result' },
        el(
          'section',
          { className: 'builder-preview', attrs: { 'aria-labelledby': id('preview-heading') } },
          heading(t('builder.previewHeading'), 'preview-heading'),
          el('p', { className: 'hint' }, t('builder.previewHint')),
          preview,
        ),
        el(
          'section',
          { className: 'builder-snippet', attrs: { 'aria-labelledby': id('snippet-heading') } },
          heading(t('builder.snippetHeading'), 'snippet-heading'),
          el('p', { className: 'hint', id: id('snippet-hint') }, t('builder.snippetHint')),
          frameAdvice,
          ...copy.nodes,
        ),
      ),
      meter.box,
    );
    renderOptions();
    renderScriptOptions(scriptArea, state.script, version, text, update, state.choice.shownBeforeFirstPaint);
    update();
    return wrapper;
  }

  async function changeLanguage(locale: Locale) {
    state.text = await loadBuilderLanguage(locale);
    const next = render();
    root.replaceWith(next);
    root = next;
    next.querySelector<HTMLSelectElement>(`#${id('language')}`)?.focus();
    onLanguageChange?.(state.text);
  }

  return () => root.remove();
}

/** The values of an element's fields, made with each field's default the first time it is chosen. */
function valuesOf(all: Map<TagName, Values>, choice: ElementChoice): Values {
  let values = all.get(choice.tag);
  if (!values) all.set(choice.tag, (values = Object.fromEntries(choice.fields.map((f) => [f.attribute, defaultValue(f)]))));
  return values;
}

/**
 * The snippet's text area with its copy button and status; `show` puts a new snippet in, `busy` says whether it is
 * about to change (an iframe's height being measured), `describedBy` names the hints that describe it.
 */
function copyControls({ t }: BuilderText) {
  const output = el('textarea', {
    id: id('snippet'),
    readOnly: true,
    rows: 8,
    spellcheck: false,
    attrs: { autocapitalize: 'off', autocomplete: 'off', 'aria-describedby': id('snippet-hint'), dir: 'ltr' },
  });
  const button = el('button', { type: 'button', className: 'copy' }, t('builder.copy'));
  const status = el('p', { className: 'copy-status', attrs: { role: 'status' } });
  const copy = async () => {
    status.textContent = '';
    status.textContent = (await copyField(output)) ? t('builder.copied') : t('builder.copyRefused');
  };
  button.addEventListener('click', () => void copy());
  return {
    nodes: [el('label', { htmlFor: id('snippet'), className: 'visually-hidden' }, t('builder.snippetLabel')), output, button, status],
    show(text: string) {
      output.value = text;
      status.textContent = '';
    },
    busy(busy: boolean) {
      if (busy) output.setAttribute('aria-busy', 'true');
      else output.removeAttribute('aria-busy');
    },
    describedBy(ids: readonly string[]) {
      output.setAttribute('aria-describedby', ids.join(' '));
    },
  };
}

/** The element the snippet describes, built with DOM calls, with the same fallback content. */
function previewElement(choices: Choices, ui: BuilderText): HTMLElement {
  const widget = document.createElement(choices.tag);
  for (const [name, value] of presentAttributes(choices)) widget.setAttribute(name, value === true ? '' : value);
  const fallback = fallbackContent(choices, ui);
  widget.append(
    el('p', fallback.lang ? { lang: fallback.lang } : {}, fallback.text, el('a', { href: fallback.href }, fallback.link), fallback.after),
  );
  return widget;
}
