// Writing HTML snippets for editors to paste: the script tag pinned to this version, and an element with its content,
// every value escaped. Used by the embed builder and the library check.
import { version } from '../generated/version.js';

// Kept apart, so that the script tag's shared part, which records the address, carries none of the snippet writing.
export { recordScriptTagAddress, scriptTagAddress } from './script-address.js';

export const escapeText = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const escapeAttribute = (text: string): string => escapeText(text).replace(/"/g, '&quot;');

/** The script-tag file on jsDelivr, pinned to a version (this one by default). */
export function cdnScriptUrl(pinned: string = version): string {
  return `https://cdn.jsdelivr.net/npm/cc4dr-widgets@${pinned}/dist/cc4dr-widgets.js`;
}

/** The script tag that loads the library, with `blocking="render"` when the first paint should wait for it. */
export function scriptTag(src: string, holdFirstPaint = false): string {
  return `<script type="module" src="${escapeAttribute(src)}"${holdFirstPaint ? ' blocking="render"' : ''}></script>`;
}

/** An element's opening tag: each attribute escaped, `true` written as a bare boolean attribute. */
export function openingTag(tag: string, attributes: readonly (readonly [string, string | true])[]): string {
  return `<${tag}${attributes.map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`)).join('')}>`;
}

/**
 * JSON for an inline `<script type="application/json">`: "<" is written as \u003c, so that no text in it (a title such
 * as "</script>") can end the script early.
 */
export function inlineJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/** What Chromium tells a document of its permissions policy (the policy of an iframe without `allow="clipboard-write"`). */
interface PolicyAware {
  featurePolicy?: { allowsFeature(feature: string): boolean };
}

/** Copies a field's text; where the browser refuses (a policy, a setting), selects it for Ctrl+C instead. */
export async function copyField(field: HTMLTextAreaElement): Promise<boolean> {
  try {
    if (!navigator.clipboard?.writeText) throw new Error('no Clipboard API');
    // Asked first, since Chromium reports a refused call as an error on the page's console.
    if ((document as PolicyAware).featurePolicy?.allowsFeature('clipboard-write') === false) throw new Error('not allowed here');
    await navigator.clipboard.writeText(field.value);
    return true;
  } catch {
    field.focus();
    field.select();
    return false;
  }
}
