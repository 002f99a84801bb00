// The "Where your page loads the script from" part of the form: include the tag or not, jsDelivr or the site itself,
// and whether the page waits for it before its first paint.
import { choice, el } from './dom.js';
import type { Choices } from './snippet.js';

export interface ScriptSettings {
  include: boolean;
  from: 'cdn' | 'site';
  path: string;
  holdFirstPaint: boolean;
}

export const defaultScriptSettings: ScriptSettings = {
  include: true,
  from: 'cdn',
  path: '/assets/cc4dr-widgets.js',
  holdFirstPaint: false,
};

/** The snippet choices these settings stand for. */
export function scriptChoices(settings: ScriptSettings): Pick<Choices, 'script' | 'holdFirstPaint'> {
  if (!settings.include) return { holdFirstPaint: false };
  return {
    script: settings.from === 'cdn' ? { from: 'cdn' } : { from: 'site', path: settings.path },
    holdFirstPaint: settings.holdFirstPaint,
  };
}

const id = (name: string) => `cc4dr-builder-script-${name}`;

/**
 * Draws the script options into `area`, writing each change into `settings` and calling `onChange`; a choice that
 * enables or disables another draws them again.
 */
export function renderScriptOptions(area: HTMLElement, settings: ScriptSettings, version: string, onChange: () => void): void {
  const change = (next: Partial<ScriptSettings>, redraw = false) => {
    Object.assign(settings, next);
    if (redraw) renderScriptOptions(area, settings, version, onChange);
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
    attrs: { 'aria-describedby': id('path-hint'), autocomplete: 'off' },
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
  area.replaceChildren(
    choice(include, 'Include the script tag', 'Leave it out if the page has it already: once per page is enough.'),
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
      el('label', { htmlFor: id('path') }, 'Address of cc4dr-widgets.js on your site'),
      path,
      el('p', { className: 'hint', id: id('path-hint') }, 'For example /assets/cc4dr-widgets.js.'),
    ),
    choice(
      hold,
      'Show the page with the widget already in place',
      'For a widget in the first screen of the page: nothing moves when it appears. Chrome and Edge then wait for the script before showing the page.',
    ),
  );
}
