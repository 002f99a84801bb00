// Links in the frame open outside it: a coalition page squeezed into a box a few hundred pixels high helps no one.
// Every link a widget renders, in its shadow root and whenever it renders it, reaches the document as a composed click.
import frameMessages from '../src/generated/messages-en-frame.js';
import { toolsChunks } from '../src/generated/tools-chunks.js';
import { copyField, directionOf, MessageChunks, translate, type Locale, type Messages } from '../src/languages.js';

type FrameKey = keyof typeof frameMessages;

// The frame's few words come with the tools' chunk of each language, fetched only when a reader needs them.
const tools = new MessageChunks(toolsChunks);

/** The link a click landed on, wherever it sits: a shadow root retargets `event.target` to the widget itself. */
function clickedLink(event: MouseEvent): HTMLAnchorElement | HTMLAreaElement | undefined {
  return event
    .composedPath()
    .find((node): node is HTMLAnchorElement | HTMLAreaElement => node instanceof HTMLAnchorElement || node instanceof HTMLAreaElement);
}

/** Whether a link only moves within the frame's own page ("#examples"). */
function isInPage(url: URL): boolean {
  return url.hash !== '' && url.origin === location.origin && url.pathname === location.pathname && url.search === location.search;
}

/**
 * Opens `href` in a new tab that cannot reach back into the frame; false where the sandbox around the frame (a site
 * builder's, without `allow-popups`) refuses new windows. (window.open's own `noopener` would hide whether it opened.)
 * The page's `no-referrer` policy keeps the frame's address, and so the library's, from the page that opens.
 */
function openInNewTab(href: string): boolean {
  let opened: Window | null;
  try {
    opened = window.open(href, '_blank');
  } catch {
    // Firefox throws (InvalidAccessError) where Chromium returns null.
    return false;
  }
  if (!opened) return false;
  opened.opener = null;
  return true;
}

/**
 * Makes every web link in the frame open in a new tab instead of inside the frame, in the frame's language `locale()`.
 * Where the page around refuses new tabs, the reader gets the address to copy; the refusal is tried once, since the
 * browser reports each attempt. A mail link is left to the mail program, an in-page link and a download to the page.
 */
export function openLinksOutside(locale: () => Locale): void {
  let newTabsRefused = false;
  window.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    const link = clickedLink(event);
    if (!link?.href || link.hasAttribute('download')) return;
    const url = new URL(link.href);
    if ((url.protocol !== 'https:' && url.protocol !== 'http:') || isInPage(url)) return;
    event.preventDefault();
    if (!newTabsRefused && openInNewTab(url.href)) return;
    newTabsRefused = true;
    void showAddress(url.href, link.textContent ?? '', locale());
  });
}

let addressDialog: HTMLDialogElement | undefined;

/** An element with properties and children, built with plain calls (the frame runs under Trusted Types). */
function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  properties: Partial<HTMLElementTagNameMap[K]>,
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const element: HTMLElementTagNameMap[K] = Object.assign(document.createElement(tag), properties);
  element.append(...children);
  return element;
}

/** Shows the address of a link that could not open, with a button that copies it (or selects it, where copying is refused). */
async function showAddress(href: string, label: string, locale: Locale): Promise<void> {
  await tools.load(locale);
  const t = <K extends FrameKey>(key: K, ...args: Parameters<Messages[K]>) => translate(locale, frameMessages, key, ...args);
  const title = label.replace(/\s+/g, ' ').trim().slice(0, 160) || new URL(href).host;
  const field = el('textarea', { id: 'address-text', readOnly: true, rows: 3, dir: 'ltr', spellcheck: false, value: href });
  const status = el('p', { className: 'status' });
  status.setAttribute('role', 'status');
  const copy = el('button', { type: 'button' }, t('frame.copy'));
  copy.addEventListener('click', () => {
    void copyField(field).then((copied) => (status.textContent = t(copied ? 'frame.copied' : 'frame.copyRefused')));
  });
  const close = el('button', { type: 'button' }, t('frame.close'));
  const dialog = el(
    'dialog',
    { className: 'address', lang: locale, dir: directionOf(locale) },
    el('p', { id: 'address-title', className: 'title' }, title),
    el('p', { id: 'address-why' }, t('frame.newTabRefused')),
    el('label', { htmlFor: field.id }, t('frame.address')),
    field,
    el('div', { className: 'actions' }, copy, close),
    status,
  );
  dialog.setAttribute('aria-labelledby', 'address-title');
  dialog.setAttribute('aria-describedby', 'address-why');
  close.addEventListener('click', () => dialog.close());
  addressDialog?.remove();
  document.body.append(dialog);
  addressDialog = dialog;
  dialog.showModal();
  // Not `autofocus`: Chromium refuses that in a frame from another site, with an error, while this focus is allowed.
  copy.focus();
}
