import { LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { defaultHeadingLevel, isHeadingLevel, type HeadingLevel } from './heading.js';
import { translate, type MessageKey, type Messages } from './l10n.js';
import { LocaleController } from './locale.js';
import { themeStyles } from './theme.styles.js';

export type Theme = 'light' | 'dark' | 'auto';
const themes: readonly string[] = ['light', 'dark', 'auto'];
const maxRememberedWarnings = 50;

/** What every cc4dr element shares: theme, language, localised strings and polite warnings. */
export abstract class Cc4drElement extends LitElement {
  static override styles = [themeStyles];

  /** Colour scheme: `light`, `dark`, or `auto` (the default) to follow the reader's system setting. */
  @property({ reflect: true }) theme?: Theme;

  readonly #locale = new LocaleController(this);
  readonly #warned = new Set<string>();

  /** The supported locale this element renders in, from its `lang`, its ancestors' or the document's. */
  protected get locale() {
    return this.#locale.locale;
  }

  /** The language tag for dates, numbers and country names (the page's own variant, e.g. "en-GB"). */
  protected get formattingLocale() {
    return this.#locale.formatting;
  }

  protected t<K extends MessageKey>(key: K, ...args: Parameters<Messages[K]>): string {
    return translate(this.locale, key, ...args);
  }

  /** Logs a problem with the element's input once, naming the element, however often it re-renders. */
  protected warnOnce(problem: string): void {
    if (this.#warned.has(problem)) return;
    if (this.#warned.size >= maxRememberedWarnings) this.#warned.clear();
    this.#warned.add(problem);
    console.warn(`<${this.localName}>: ${problem}`);
  }

  /** A `heading-level` value as a usable level: 2–6, else the default with a warning. */
  protected checkHeadingLevel(level: number | undefined): HeadingLevel {
    if (level === undefined || level === null) return defaultHeadingLevel;
    if (isHeadingLevel(level)) return level;
    this.warnOnce(`heading-level must be 2 to 6; using ${defaultHeadingLevel}.`);
    return defaultHeadingLevel;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (this.theme !== undefined && !themes.includes(this.theme)) {
      this.warnOnce(`unknown theme "${String(this.theme)}"; use light, dark or auto. Following the system setting.`);
    }
  }
}
