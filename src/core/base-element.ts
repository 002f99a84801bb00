import { isServer, LitElement, type PropertyValues, type PropertyDeclarations } from 'lit';
import { defaultHeadingLevel, isHeadingLevel, levelFromPage, type HeadingLevel } from './heading.js';
import {
  firstRenderTurn,
  mayRender,
  pendingWork,
  removeFallbackSlot,
  showFallbackUntilRendered,
  showsPrerendered,
  warnOnce,
} from './host.js';
import { translate, type MessageKey, type Messages } from './l10n.js';
import { LocaleController } from './locale.js';
import { themeStyles } from './theme.styles.js';

export type Theme = 'light' | 'dark' | 'auto';
const themes: readonly string[] = ['light', 'dark', 'auto'];

/**
 * What every cc4dr element shares: theme, language, localised strings and polite warnings. Its `updateComplete`
 * resolves once the element shows all it will show: its language, the data it loads lazily and the library's own
 * records included.
 */
export abstract class Cc4drElement extends LitElement {
  static override styles = [themeStyles];
  static override properties: PropertyDeclarations = {
    theme: { reflect: true },
  };

  /**
   * Colour scheme: `light`, `dark`, or `auto` to follow the reader's system setting. Without it (the default) the
   * widget takes the page's scheme: light, unless the page declares dark (`color-scheme: dark`, or `light dark` or a
   * `<meta name="color-scheme">` for a reader who prefers dark).
   */
  // Spelled out rather than `Theme`, so that the manifest (and editors reading it) list the three values.
  declare theme?: 'light' | 'dark' | 'auto';

  /**
   * The English of the messages the element shows (the fallback of every language), from the element registry.
   * @internal
   */
  static english: Partial<Messages> = {};

  readonly #locale = new LocaleController(this);

  /** The supported locale this element renders in, from its `lang`, its ancestors' or the document's. */
  protected get locale() {
    return this.#locale.locale;
  }

  /** The writing direction the element renders in: an explicit `dir` on it or an ancestor, else its language's. */
  protected get direction() {
    return this.#locale.direction;
  }

  // Until what it waits for has arrived (its language's messages, say), it keeps what it showed (nothing, at first)
  // rather than flash another language or a half-filled list.
  protected override shouldUpdate(changed: PropertyValues): boolean {
    return mayRender(this) && super.shouldUpdate(changed);
  }

  // The first render waits for a task of its own, unless the page holds its first paint for it (see firstRenderTurn).
  protected override async scheduleUpdate(): Promise<void> {
    if (!this.hasUpdated && !isServer) await firstRenderTurn();
    await super.scheduleUpdate();
  }

  // An update that was held, or that started more work (a language, lazy data, the library's own records), is not the
  // last one: wait for that work and the update it brings, as many rounds as it takes.
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    for (let work = pendingWork(this); work.length; work = pendingWork(this)) {
      await Promise.allSettled(work);
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  /** The language tag for dates, numbers and country names (the page's own variant, e.g. "en-GB"). */
  protected get formattingLocale() {
    return this.#locale.formatting;
  }

  protected t<K extends MessageKey>(key: K, ...args: Parameters<Messages[K]>): string {
    return translate(this.locale, (this.constructor as typeof Cc4drElement).english, key, ...args);
  }

  /** Logs a problem with the element's input once, naming the element, however often it re-renders. */
  protected warnOnce(problem: string): void {
    warnOnce(this, problem);
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    showFallbackUntilRendered(root);
    return root;
  }

  // Lit's hydration support, when a page loads it, takes prerendered markup over; without it, the first render
  // replaces that markup, so the same content is never shown twice.
  protected override update(changed: PropertyValues): void {
    if (!this.hasUpdated) removeFallbackSlot(this.renderRoot);
    if (showsPrerendered(this) && !('litElementHydrateSupport' in globalThis)) {
      this.shadowRoot!.replaceChildren();
      this.renderOptions.renderBefore = null;
    }
    super.update(changed);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // A prerendering server connects no element, so the language is resolved here, before its only render.
    if (isServer) this.#locale.refresh();
    if (this.theme !== undefined && !themes.includes(this.theme)) {
      this.warnOnce(`unknown theme "${String(this.theme)}"; use light, dark or auto. Following the page's colour scheme.`);
    }
  }
}

/**
 * An element with headings of its own, whose level fits the host page's outline: `heading-level` when set, else one
 * below the nearest heading before the element in the page (an `<h1>` above it gives `<h2>`), else 3.
 */
export abstract class Cc4drHeadedElement extends Cc4drElement {
  static override properties: PropertyDeclarations = {
    headingLevel: { attribute: 'heading-level', type: Number, reflect: true },
  };
  /** The level of the element's headings, 2–6; without it, one below the nearest heading before the element in the page (else 3). */
  headingLevel?: number;

  #level: HeadingLevel = defaultHeadingLevel;
  /** The level the page gives the element where it stands, found when it is connected. */
  #pageLevel?: HeadingLevel;

  /** The heading level to render: `heading-level` when it is 2–6, else the page's (with one warning for a bad value). */
  protected get level(): HeadingLevel {
    return this.#level;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const pageLevel = levelFromPage(this);
    if (pageLevel !== this.#pageLevel) {
      this.#pageLevel = pageLevel;
      this.requestUpdate();
    }
  }

  // Computed from the current value, not only on change: an update skipped while a language loads drops its changes.
  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const fallback = this.#pageLevel ?? defaultHeadingLevel;
    // A removed attribute leaves null.
    const level = this.headingLevel ?? fallback;
    this.#level = isHeadingLevel(level) ? level : fallback;
    if (this.#level !== level) this.warnOnce(`heading-level must be 2 to 6; using ${fallback}.`);
  }
}
