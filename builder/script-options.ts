// The "How the widget goes on your page" part of the form: an element and its script (include the tag or not, from the
// site's own copy of the files or from jsDelivr, whether the page waits for it before its first paint), or an iframe of
// the frame page on the library's own site (its address, and the optional resizer).
import { choice, el } from './dom.js';
import type { BuilderText } from './language.js';
import type { Choices } from './snippet.js';

export interface ScriptSettings {
  output: 'element' | 'iframe';
  include: boolean;
  from: 'site' | 'cdn';
  path: string;
  holdFirstPaint: boolean;
  frameUrl: string;
  resizer: boolean;
}

/**
 * What the form starts with, for a builder at `builderAddress`: the script and the frame page of the same copy of the
 * site zip (or of the package's dist/), whose folders sit side by side. The script's address is a path, for pages of
 * the same site; the frame's is complete, for site builders on another.
 */
export function defaultScriptSettings(builderAddress: string): ScriptSettings {
  return {
    output: 'element',
    include: true,
    from: 'site',
    path: new URL('../cc4dr-widgets.js', builderAddress).pathname,
    holdFirstPaint: false,
    frameUrl: new URL('../frame/', builderAddress).href,
    resizer: false,
  };
}

/**
 * The snippet choices these settings stand for, for an element `shownBeforeFirstPaint` or not: holding the first paint
 * is offered only for the elements the script tag defines at once (the others arrive after that paint).
 */
export function scriptChoices(
  settings: ScriptSettings,
  shownBeforeFirstPaint: boolean,
): Pick<Choices, 'script' | 'holdFirstPaint' | 'frame'> {
  if (settings.output === 'iframe') return { frame: { url: settings.frameUrl, resizer: settings.resizer } };
  if (!settings.include) return { holdFirstPaint: false };
  return {
    script: settings.from === 'cdn' ? { from: 'cdn' } : { from: 'site', path: settings.path },
    holdFirstPaint: shownBeforeFirstPaint && settings.holdFirstPaint,
  };
}

const id = (name: string) => `cc4dr-builder-script-${name}`;

/**
 * Draws the script options into `area`, writing each change into `settings` and calling `onChange`; a choice that
 * enables or disables another draws them again.
 */
export function renderScriptOptions(
  area: HTMLElement,
  settings: ScriptSettings,
  version: string,
  text: BuilderText,
  onChange: () => void,
  shownBeforeFirstPaint: boolean,
): void {
  const { t } = text;
  const change = (next: Partial<ScriptSettings>, redraw = false) => {
    Object.assign(settings, next);
    if (redraw) renderScriptOptions(area, settings, version, text, onChange, shownBeforeFirstPaint);
    onChange();
  };
  const radio = (from: ScriptSettings['from'], label: string, hint: string) =>
    choice(
      el('input', {
        type: 'radio',
        name: id('from'),
        id: id(from),
        value: from,
        checked: settings.from === from,
        disabled: !settings.include,
        onchange: () => change({ from }, true),
      }),
      label,
      hint,
    );
  const path = el('input', {
    type: 'text',
    id: id('path'),
    value: settings.path,
    disabled: !settings.include || settings.from !== 'site',
    // An address reads left to right in every language.
    attrs: { 'aria-describedby': id('path-hint'), autocomplete: 'off', dir: 'ltr' },
    oninput: () => change({ path: path.value }),
  });
  const include = el('input', {
    type: 'checkbox',
    id: id('include'),
    checked: settings.include,
    onchange: () => change({ include: include.checked }, true),
  });
  const hold = el('input', {
    type: 'checkbox',
    id: id('hold'),
    checked: settings.holdFirstPaint,
    disabled: !settings.include,
    onchange: () => change({ holdFirstPaint: hold.checked }),
  });
  const output = (value: ScriptSettings['output'], label: string, hint: string) =>
    choice(
      el('input', {
        type: 'radio',
        name: id('output'),
        id: id(`output-${value}`),
        value,
        checked: settings.output === value,
        onchange: () => change({ output: value }, true),
      }),
      label,
      hint,
    );
  const outputs = [
    output('element', t('builder.output.element'), t('builder.output.elementHint')),
    output('iframe', t('builder.output.iframe'), t('builder.output.iframeHint')),
  ];
  if (settings.output === 'iframe') {
    const url = el('input', {
      type: 'url',
      id: id('frame-url'),
      value: settings.frameUrl,
      attrs: { 'aria-describedby': id('frame-url-hint'), autocomplete: 'off', dir: 'ltr' },
      oninput: () => change({ frameUrl: url.value }),
    });
    const resizer = el('input', {
      type: 'checkbox',
      id: id('resizer'),
      checked: settings.resizer,
      onchange: () => change({ resizer: resizer.checked }),
    });
    area.replaceChildren(
      ...outputs,
      el(
        'div',
        { className: 'field' },
        el('label', { htmlFor: id('frame-url') }, t('builder.frame.url')),
        url,
        el('p', { className: 'hint', id: id('frame-url-hint') }, t('builder.frame.urlHint')),
      ),
      choice(resizer, t('builder.frame.resizer'), t('builder.frame.resizerHint')),
    );
    return;
  }
  area.replaceChildren(
    ...outputs,
    choice(include, t('builder.script.include'), t('builder.script.includeHint')),
    radio('site', t('builder.script.site'), t('builder.script.siteHint')),
    el(
      'div',
      { className: 'field' },
      el('label', { htmlFor: id('path') }, t('builder.script.path')),
      path,
      el('p', { className: 'hint', id: id('path-hint') }, t('builder.script.pathHint')),
    ),
    radio('cdn', t('builder.script.cdn', { version }), t('builder.script.cdnHint')),
    ...(shownBeforeFirstPaint ? [choice(hold, t('builder.script.hold'), t('builder.script.holdHint'))] : []),
  );
}
