// What the core's controllers ask of the element they serve, kept out of the element's public API: polite warnings,
// holding the render until something has arrived, and work that `updateComplete` waits for.
import { scriptTagAddress } from './script-address.js';

/** Something an element waits for before it renders (its language's messages, data it loads lazily). */
export interface RenderGate {
  readonly ready: boolean;
}

const maxRememberedWarnings = 50;

interface HostState {
  warned: Set<string>;
  gates: RenderGate[];
  pending: Set<Promise<unknown>>;
}
const states = new WeakMap<Element, HostState>();

function stateOf(host: Element): HostState {
  let state = states.get(host);
  if (!state) states.set(host, (state = { warned: new Set(), gates: [], pending: new Set() }));
  return state;
}

/** Logs a problem with an element's input once, naming the element, however often it re-renders. */
export function warnOnce(host: Element, problem: string): void {
  const { warned } = stateOf(host);
  if (warned.has(problem)) return;
  if (warned.size >= maxRememberedWarnings) warned.clear();
  warned.add(problem);
  console.warn(`<${host.localName}>: ${problem}`);
}

/** The element renders only while every gate it holds is ready; until then it keeps what it showed. */
export function holdRenderingUntil(host: Element, gate: RenderGate): void {
  stateOf(host).gates.push(gate);
}

export function mayRender(host: Element): boolean {
  return stateOf(host).gates.every((gate) => gate.ready);
}

/** Work whose outcome the element will show: its `updateComplete` waits until this has settled and been rendered. */
export function track(host: Element, work: Promise<unknown>): void {
  const { pending } = stateOf(host);
  pending.add(work);
  const done = () => pending.delete(work);
  work.then(done, done);
}

/** The work still under way for an element. */
export function pendingWork(host: Element): Promise<unknown>[] {
  return [...stateOf(host).pending];
}

let turns: MessageChannel | undefined;
const waitingForTurn: (() => void)[] = [];

/** Resolves in a task of its own, one caller per task and in the order they asked. */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => {
    if (!turns) {
      turns = new MessageChannel();
      turns.port1.onmessage = () => {
        // A turn is a task after the one in which the file ran: a first paint held for the file is held no longer.
        paintHeld = false;
        waitingForTurn.shift()?.();
      };
    }
    waitingForTurn.push(resolve);
    turns.port2.postMessage(undefined);
  });
}

let paintHeld: boolean | undefined;

/**
 * Whether a script holds the page's first paint until it has run: it asks to (`blocking="render"`), the browser can
 * (Chromium; Firefox and Safari ignore the attribute), and it sits in the head (a browser holds nothing for a script
 * it meets once the body has begun).
 */
export function holdsPaintFor(script: HTMLScriptElement): boolean {
  return script.blocking instanceof DOMTokenList && script.blocking.contains('render') && script.parentElement === document.head;
}

/**
 * Whether the page holds its first paint until the script-tag file has run (`holdsPaintFor` its script: the embed
 * builder's choice to show the page with the widgets in place) and that paint is still to come. It is, only in the task
 * in which the file runs: the page paints once that task is over, and the first turn after it ends the hold.
 */
export function holdsFirstPaint(): boolean {
  if (paintHeld === undefined) {
    const address = scriptTagAddress();
    paintHeld = address !== undefined && [...document.scripts].some((script) => script.src === address && holdsPaintFor(script));
    if (paintHeld) void nextTurn();
  }
  return paintHeld;
}

/** How long to wait for a frame before going on without one: a hidden page, or a frame out of view, draws none. */
const longestFrameWait = 100;

/**
 * Resolves in a task after the browser's next frame, so that what was rendered before it is shown first; or, where no
 * frame comes within a tenth of a second (a hidden page, a frame out of view), in a task after that.
 */
export function afterNextFrame(): Promise<void> {
  return new Promise((resolve) => {
    const go = () => {
      clearTimeout(timer);
      cancelAnimationFrame(frame);
      void nextTurn().then(resolve);
    };
    const timer = setTimeout(go, longestFrameWait);
    const frame = requestAnimationFrame(go);
  });
}

/** Does `work` in a task of its own. */
export function inTurn(work: () => void): void {
  void nextTurn().then(work);
}

/** Does `work` at once before a first paint the page holds for the script-tag file, otherwise in a turn of its own. */
export function inTurnUnlessPaintHeld(work: () => void): void {
  if (holdsFirstPaint()) work();
  else inTurn(work);
}

/**
 * What an element's first render waits for: a task of its own, so that ten widgets are ten short tasks, between which
 * the browser can paint and answer a reader's tap, not one long one; the fallback content holds the element's place.
 * Not so before a first paint the page holds for the script-tag file (`holdsFirstPaint`): every element there renders
 * at once, before that paint, as the page asked. Those that arrive later (the lists, fetched on demand) take turns.
 */
export function firstRenderTurn(): Promise<void> | undefined {
  if (holdsFirstPaint()) return undefined;
  if (!localesListed) {
    localesListed = true;
    void nextTurn().then(listLocales);
  }
  return nextTurn();
}

let localesListed = false;

/**
 * The first use of `Intl` on a page (every widget formats a number, a date or a name) has the browser read its locale
 * data and list the locales it has: 20 to 40 ms at once here, whichever kind of formatter comes first, and a few ms
 * for each further kind. The bulk is done in a turn of its own, ahead of the first render, rather than inside it.
 */
function listLocales(): number {
  return Intl.DateTimeFormat.supportedLocalesOf('en').length;
}

const fallbackSlots = new WeakSet<Node>();

/**
 * Shows an element's children (its fallback content) in its new shadow root until its first render: an element that
 * waits for its language or its lazy data keeps the fallback's words and height, rather than collapse and then move
 * the page when it renders. A root with prerendered markup keeps that instead.
 */
export function showFallbackUntilRendered(root: HTMLElement | DocumentFragment): void {
  if (root.firstChild) return;
  const slot = document.createElement('slot');
  fallbackSlots.add(slot);
  root.append(slot);
}

/** Takes the fallback's slot away, as the first render begins. */
export function removeFallbackSlot(root: HTMLElement | DocumentFragment): void {
  if (root.firstChild && fallbackSlots.has(root.firstChild)) root.firstChild.remove();
}

/** Whether the element still shows markup a server prerendered for it (declarative shadow DOM). */
export function showsPrerendered(host: Element & { hasUpdated: boolean }): boolean {
  const first = host.shadowRoot?.firstChild;
  return !host.hasUpdated && Boolean(first) && !fallbackSlots.has(first!);
}
