import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { bestLocale, defaultLocale, formattingTag, type Locale } from './l10n.js';

/** The language asked for: the element's own `lang`, else its closest ancestor's (across shadow roots), else English. */
export function requestedLanguage(element: Element): string {
  for (let node: Node | null = element; node; node = node instanceof ShadowRoot ? node.host : node.parentNode) {
    const lang = node instanceof Element ? node.getAttribute('lang')?.trim() : undefined;
    if (lang) return lang;
  }
  return defaultLocale;
}

const listeners = new Set<LocaleController>();
let observer: MutationObserver | undefined;

// One observer for the whole page, not one per element: a `lang` change anywhere re-resolves every widget,
// and each re-renders only if its own language changed.
function watch(controller: LocaleController): void {
  listeners.add(controller);
  if (!observer) {
    observer = new MutationObserver(() => listeners.forEach((l) => l.refresh()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
}

function unwatch(controller: LocaleController): void {
  listeners.delete(controller);
  if (listeners.size === 0) {
    observer?.disconnect();
    observer = undefined;
  }
}

/** Keeps an element's language in step with its `lang`, its ancestors' and the document's. */
export class LocaleController implements ReactiveController {
  /** The language the page asked for, as written (e.g. "pt-BR"). */
  requested = '';
  /** The supported locale used to render. */
  locale: Locale = defaultLocale;
  /** The tag for dates and numbers: the page's own tag when it is a variant of `locale` ("en-GB"), else `locale`. */
  formatting: string = defaultLocale;

  constructor(private readonly host: ReactiveControllerHost & Element) {
    host.addController(this);
  }

  hostConnected(): void {
    watch(this);
    this.refresh();
  }

  hostDisconnected(): void {
    unwatch(this);
  }

  refresh(): void {
    const requested = requestedLanguage(this.host);
    if (requested === this.requested) return;
    this.requested = requested;
    this.locale = bestLocale(requested);
    this.formatting = formattingTag(requested, this.locale);
    this.host.requestUpdate();
  }
}
