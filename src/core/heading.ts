import { html, type TemplateResult } from 'lit';

export type HeadingLevel = 2 | 3 | 4 | 5 | 6;
export const defaultHeadingLevel: HeadingLevel = 3;

export function isHeadingLevel(value: unknown): value is HeadingLevel {
  return typeof value === 'number' && Number.isInteger(value) && value >= 2 && value <= 6;
}

/** The level of a heading element (`<h2>`, or `role="heading"` with `aria-level`), else undefined. */
function levelOf(node: Node): number | undefined {
  if (!(node instanceof Element)) return undefined;
  const tag = /^h([1-6])$/i.exec(node.localName);
  if (tag) return Number(tag[1]);
  return node.getAttribute('role') === 'heading' ? Number(node.getAttribute('aria-level')) || 2 : undefined;
}

/**
 * The level that fits where `element` stands: one below the nearest heading before it in the page, looking out of
 * the shadow roots it sits in (a heading inside another widget's shadow root is that widget's own, not the page's).
 * Undefined when no heading comes before it.
 */
export function levelFromPage(element: Element): HeadingLevel | undefined {
  for (let from: Element | undefined = element; from;) {
    const root = from.getRootNode();
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
    walker.currentNode = from;
    for (let node = walker.previousNode(); node; node = walker.previousNode()) {
      const level = levelOf(node);
      if (level) return Math.min(Math.max(level + 1, 2), 6) as HeadingLevel;
    }
    from = root instanceof ShadowRoot ? root.host : undefined;
  }
  return undefined;
}

/** One level below, for sub-headings; h6 stays h6. */
export function subLevel(level: HeadingLevel): HeadingLevel {
  return Math.min(level + 1, 6) as HeadingLevel;
}

// A real <hN> (not role="heading") so the outline also holds when the element is prerendered or read without CSS.
export function heading(level: HeadingLevel, part: string, content: unknown): TemplateResult {
  switch (level) {
    case 2:
      return html`<h2 part=${part}>${content}</h2>`;
    case 3:
      return html`<h3 part=${part}>${content}</h3>`;
    case 4:
      return html`<h4 part=${part}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part}>${content}</h5>`;
    case 6:
      return html`<h6 part=${part}>${content}</h6>`;
  }
}
