/**
 * Registers a custom element if its tag is free. When another copy of the library (or anything else) already owns
 * the tag, it warns instead of throwing, so a page that loads the library twice keeps working.
 */
export function defineElement(tag: string, element: CustomElementConstructor, registry: CustomElementRegistry = customElements): void {
  const existing = registry.get(tag);
  if (!existing) registry.define(tag, element);
  else if (existing !== element) {
    console.warn(`cc4dr-widgets: <${tag}> is already defined by another script on this page; keeping that definition.`);
  }
}
