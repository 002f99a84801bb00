// Builds DOM with plain calls (no HTML strings), so the builder runs under the strict CSP and Trusted Types.
type Children = (Node | string)[];

/** An element with properties, attributes (`attrs`, undefined ones left out) and children. */
export function el<K extends keyof HTMLElementTagNameMap>(
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

/** A checkbox or radio button with its label and a hint that describes it. */
export function choice(input: HTMLInputElement, label: string, hint?: string): HTMLDivElement {
  const hintId = `${input.id}-hint`;
  if (hint) input.setAttribute('aria-describedby', hintId);
  return el(
    'div',
    { className: 'choice' },
    input,
    el('label', { htmlFor: input.id }, label),
    ...(hint ? [el('p', { className: 'hint', id: hintId }, hint)] : []),
  );
}
