// The iframe page, for CMSs that accept only an iframe (many city websites) or sandbox what is pasted: it shows one widget
// from its address (`?widget=member-badge&city=Vienna&lang=de&theme=dark`) and tells the page around it its height.
import { elements } from '../src/generated/elements.js';

/** What the frame tells its parent, so that a resizer on the host page can fit the iframe to the widget. */
export interface FrameHeightMessage {
  type: 'cc4dr-frame-height';
  height: number;
}

// A library's own records need a fetch, which the frame's policy does not allow: a frame shows the bundled data.
const notForFrames = new Set(['src']);

/** Puts the widget the address names into `stage`; a name it does not know gets a polite message and one warning. */
export function showWidget(stage: HTMLElement, search: string): HTMLElement {
  const query = new URLSearchParams(search);
  const name = query.get('widget')?.trim() ?? '';
  const lang = query.get('lang')?.trim();
  if (lang) document.documentElement.lang = lang;
  const element = elements.find((e) => e.name === name);
  if (!element) {
    const message = document.createElement('p');
    message.className = 'message';
    message.lang = 'en';
    message.textContent = `This frame shows one widget of the Cities Coalition for Digital Rights, named by its address (for example ?widget=member-badge&city=Vienna), but “${name.slice(0, 80)}” is not one of them.`;
    stage.replaceChildren(message);
    console.warn(`cc4dr-widgets frame: unknown widget "${name.slice(0, 80)}"; use one of ${elements.map((e) => e.name).join(', ')}.`);
    return message;
  }
  const widget = document.createElement(element.tag);
  const ignored: string[] = [];
  for (const [key, value] of query) {
    if (key === 'widget' || key === 'lang') continue;
    if ((element.attributes as readonly string[]).includes(key) && !notForFrames.has(key)) widget.setAttribute(key, value);
    else ignored.push(key);
    // The frame's own scheme is the widget's (frame.css): light unless the address asks for `auto` or `dark`.
    if (key === 'theme') document.documentElement.dataset.theme = value;
  }
  if (ignored.length)
    console.warn(`cc4dr-widgets frame: <${element.tag}> takes no ${ignored.map((k) => `"${k.slice(0, 40)}"`).join(', ')}; left out.`);
  document.title = `${element.title}: Cities Coalition for Digital Rights`;
  stage.replaceChildren(widget);
  return widget;
}

/** Tells the parent page the frame's height whenever it changes (it carries nothing but the number). */
export function reportHeight(target: Window = window.parent): ResizeObserver {
  let last = 0;
  const observer = new ResizeObserver(() => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    const message: FrameHeightMessage = { type: 'cc4dr-frame-height', height };
    target.postMessage(message, '*');
  });
  observer.observe(document.documentElement);
  return observer;
}
