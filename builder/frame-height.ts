// The height the builder gives its iframe: what the widget, as set up, needs on a phone 320 px wide, measured on a copy
// drawn at that width out of sight. On a wider screen the widget is shorter, and the resizer (or nothing) fits it.
import { el } from './dom.js';

/** The narrowest phone screen the frame is made for, in CSS pixels. */
const phoneWidth = 320;
/** The frame page's body padding (frame/frame.css), on each side. */
const framePadding = 2;
/** Room for a reader's font that sets the same words wider than the editor's: a tenth more, in steps of 10 px. */
const withRoom = (height: number) => Math.ceil((height * 1.1) / 10) * 10;

type Rendered = HTMLElement & { updateComplete?: Promise<unknown> };

/**
 * A hidden box that measures widgets at the phone width. `measure` resolves with the height the iframe needs, or
 * undefined when another measurement has started since (the editor changed something meanwhile).
 */
export function frameHeightMeter() {
  const box = el('div', { className: 'frame-meter', dir: 'ltr', inert: true, attrs: { 'aria-hidden': 'true' } });
  box.style.width = `${phoneWidth - 2 * framePadding}px`;
  let latest: HTMLElement | undefined;
  return {
    box,
    /** Draws `widget` in the frame's language (the frame page is English unless the widget sets one) and measures it. */
    async measure(widget: Rendered, frameLanguage: string): Promise<number | undefined> {
      latest = widget;
      box.lang = frameLanguage;
      box.replaceChildren(widget);
      await customElements.whenDefined(widget.localName);
      // updateComplete resolves once the widget shows everything it will: its language and what it loads lazily.
      await widget.updateComplete;
      await document.fonts.ready;
      if (latest !== widget) return undefined;
      return withRoom(Math.ceil(box.getBoundingClientRect().height) + 2 * framePadding);
    },
  };
}
