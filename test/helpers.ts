/** Shared test helpers: capturing console warnings, counting network requests, one of each element, waiting for them. */
import { elements } from '../src/generated/elements.js';
import type { Member } from '../src/core/types.js';

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

/** Every cc4dr element inside `root`, in document order. */
export function widgetsIn(root: ParentNode): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('*')].filter((el) => el.localName.startsWith('cc4dr-'));
}

/**
 * Waits until every cc4dr element inside `root` shows all it will show: each element's `updateComplete` resolves only
 * once its language, its lazily loaded data and the library's own records have arrived and been rendered.
 */
export async function settled(root: ParentNode): Promise<HTMLElement[]> {
  const widgets = widgetsIn(root);
  await Promise.all(
    widgets.map(async (el) => {
      await customElements.whenDefined(el.localName);
      await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    }),
  );
  return widgets;
}

/** One of each element of the registry, in its typical state (the registry's `example`), inside a `<div lang>`. */
export function everyElement(lang = 'en'): HTMLDivElement {
  const holder = document.createElement('div');
  holder.lang = lang;
  for (const { tag, example } of elements) {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(example)) element.setAttribute(name, value);
    holder.append(element);
  }
  return holder;
}

/** An element as the custom elements manifest (dist/custom-elements.json, from the JSDoc) describes it. */
export interface ManifestElement {
  tagName: string;
  attributes?: { name: string; type?: { text: string } }[];
}

/** Every element the manifest describes. */
export async function manifestElements(): Promise<ManifestElement[]> {
  const manifest = (await (await fetch('/dist/custom-elements.json')).json()) as {
    modules: { declarations?: Partial<ManifestElement>[] }[];
  };
  return manifest.modules.flatMap((m) => m.declarations ?? []).filter((d): d is ManifestElement => typeof d.tagName === 'string');
}

/** A member city as a library's page supplies it (valid against the schema, with its source; the widgets mark it local), with `changes`. */
export function libraryCity(changes: Partial<Member> = {}): Member {
  return {
    id: 'our-town',
    name: 'Our Town',
    aliases: [],
    country: 'SE',
    region: '150',
    joined: 2026,
    founding: false,
    status: 'member',
    lat: 59.3,
    lon: 18.1,
    sources: [{ url: 'https://library.example.org/joined', title: 'Our town joined' }],
    checked: '2026-11-01',
    ...changes,
  };
}
