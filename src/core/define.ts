import { inTurn, inTurnUnlessPaintHeld } from './host.js';

/**
 * Registers a custom element if its tag is free. When another copy of the library (or anything else) already owns
 * the tag, it warns instead of throwing, so a page that loads the library twice keeps working.
 */
export function defineElement(tag: string, element: CustomElementConstructor, registry: CustomElementRegistry = customElements): void {
  const existing = registry.get(tag);
  if (!existing) registry.define(tag, element);
  else if (existing !== element) keptOther(tag);
}

/**
 * Defines the elements the script-tag file shows at once, each in a task of its own: upgrading an element runs its
 * set-up, and three elements' set-up in one task would keep the page from answering a tap for longer. Where the page
 * holds its first paint for the file, all of them at once, before that paint.
 */
export function defineInTurns(elements: readonly (readonly [string, CustomElementConstructor])[]): void {
  for (const [tag, element] of elements) inTurnUnlessPaintHeld(() => defineElement(tag, element));
}

function keptOther(tag: string): void {
  console.warn(`cc4dr-widgets: <${tag}> is already defined by another script on this page; keeping that definition.`);
}

/**
 * Defines an element once a page first has one in it: its module is fetched then, from the library's own location.
 * The script-tag file defines so the lists and larger boxes, which then cost the other pages nothing. An element
 * inside another component's shadow root is not seen; a page that puts one there imports its define module itself.
 */
export function defineOnDemand(tag: string, load: () => Promise<unknown>): void {
  if (customElements.get(tag)) return keptOther(tag);
  // A live collection: asking its length after each change to the page costs next to nothing.
  const found = document.getElementsByTagName(tag);
  const observer = new MutationObserver(() => found.length && start());
  const start = () => {
    observer.disconnect();
    load().catch((error: unknown) => console.warn(`cc4dr-widgets: <${tag}> could not be loaded (${String(error)}).`));
  };
  // Asking for the module is work too (a request, with its data; five lists on a full page), done in a turn of its
  // own, also where the page holds its first paint for this file: asked for in that task, they made the demo's first
  // paint come later, and the lists not measurably sooner (bench/results.md).
  if (found.length) inTurn(start);
  else observer.observe(document.documentElement, { childList: true, subtree: true });
}
