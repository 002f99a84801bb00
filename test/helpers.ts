/** Shared test helpers: capturing console warnings, counting network requests, one of each element. */
import { html, type TemplateResult } from 'lit';

// The default buffer holds 250 entries; request counts must see every request of a long test file.
performance.setResourceTimingBufferSize(100_000);

export interface WarningCapture {
  readonly messages: string[];
  restore(): void;
}

/** Replaces console.warn until restore(), recording each message. */
export function captureWarnings(): WarningCapture {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  };
  return {
    messages,
    restore: () => {
      console.warn = original;
    },
  };
}

/**
 * Captures console.warn during each test of the surrounding describe block. Read `.messages` inside a test: it holds
 * that test's warnings only.
 */
export function warningsOfEachTest(): { messages: string[] } {
  const current = { messages: [] as string[] };
  let capture: WarningCapture | undefined;
  beforeEach(() => {
    capture = captureWarnings();
    current.messages = capture.messages;
  });
  afterEach(() => capture?.restore());
  return current;
}

/** The first element in a shadow root that carries the given part name. */
export function part(element: Element, name: string): Element | null {
  return element.shadowRoot!.querySelector(`[part~="${name}"]`);
}

/** The URLs the page has requested so far (scripts, fetches, images…). */
export function requestedUrls(): string[] {
  return performance.getEntriesByType('resource').map((entry) => entry.name);
}

/** The visible text of an element's shadow root, with whitespace folded. */
export function shadowText(element: Element): string {
  return (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** One of each element, in a typical state, inside a `<div lang>`. */
export const everyElement = (lang = 'en'): TemplateResult => html`<div lang=${lang}>
  <cc4dr-principle-card principle="privacy"></cc4dr-principle-card>
  <cc4dr-example-list limit="2" libraries></cc4dr-example-list>
  <cc4dr-member-badge city="Springfield"></cc4dr-member-badge>
  <cc4dr-member-finder query="par"></cc4dr-member-finder>
  <cc4dr-member-map highlight="Vienna"></cc4dr-member-map>
  <cc4dr-get-involved city="Vienna"></cc4dr-get-involved>
  <cc4dr-about></cc4dr-about>
</div>`;
