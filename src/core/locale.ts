import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { holdRenderingUntil, track } from './host.js';
import { bestLocale, defaultLocale, directionOf, formattingTag, isLocaleLoaded, loadLocale, type Direction, type Locale } from './l10n.js';

/** The closest value of an attribute on the element or its ancestors, across shadow roots. */
function inherited(element: Element, attribute: 'lang' | 'dir'): string | undefined {
  for (let node: Node | null = element; node; node = node instanceof ShadowRoot ? node.host : node.parentNode) {
    const value = node instanceof Element ? node.getAttribute(attribute)?.trim() : undefined;
    if (value) return value;
  }
  return undefined;
}

// A prerendering server has no page around the element: it says which language the page will have.
let pageLanguage: string = defaultLocale;

/** On a prerendering server: the language of the page the elements will be part of. */
export function setServerPageLanguage(language: string): void {
  pageLanguage = language;
}

/** The language asked for: the element's own `lang`, else its closest ancestor's (across shadow roots), else English. */
export function requestedLanguage(element: Element): string {
  return inherited(element, 'lang') ?? pageLanguage;
}

/** An explicit `dir` ("ltr" or "rtl") on the element or an ancestor, if there is one. */
export function requestedDirection(element: Element): Direction | undefined {
  const dir = inherited(element, 'dir')?.toLowerCase();
  return dir === 'ltr' || dir === 'rtl' ? dir : undefined;
}

const listeners = new Set<LocaleController>();
let observer: MutationObserver | undefined;

// One observer for the whole page, not one per element: a `lang` or `dir` change anywhere re-resolves every widget,
// and each re-renders only if its own language or direction changed.
function watch(controller: LocaleController): void {
  listeners.add(controller);
  if (!observer) {
    observer = new MutationObserver(() => listeners.forEach((l) => l.refresh()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang', 'dir'], subtree: true });
  }
}

function unwatch(controller: LocaleController): void {
  listeners.delete(controller);
  if (listeners.size === 0) {
    observer?.disconnect();
    observer = undefined;
  }
}

/** Keeps an element's language and direction in step with its `lang`/`dir`, its ancestors' and the document's. */
export class LocaleController implements ReactiveController {
  /** The language the page asked for, as written (e.g. "pt-BR"). */
  requested = '';
  /** The supported locale used to render. */
  locale: Locale = defaultLocale;
  /** The tag for dates and numbers: the page's own tag when it is a variant of `locale` ("en-GB"), else `locale`. */
  formatting: string = defaultLocale;
  /** The writing direction: an explicit `dir`, else the language's. */
  direction: Direction = 'ltr';
  /** Whether the messages of `locale` have arrived; the element waits for them rather than flash another language. */
  ready = true;

  constructor(private readonly host: ReactiveControllerHost & Element) {
    host.addController(this);
    holdRenderingUntil(host, this);
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
    const direction = requestedDirection(this.host) ?? directionOf(bestLocale(requested));
    if (requested === this.requested && direction === this.direction) return;
    this.requested = requested;
    this.locale = bestLocale(requested);
    this.formatting = formattingTag(requested, this.locale);
    this.direction = direction;
    this.ready = isLocaleLoaded(this.locale);
    if (!this.ready) {
      const locale = this.locale;
      track(
        this.host,
        loadLocale(locale).then(() => {
          if (this.locale !== locale) return;
          this.ready = true;
          this.host.requestUpdate();
        }),
      );
    }
    this.host.requestUpdate();
  }
}
