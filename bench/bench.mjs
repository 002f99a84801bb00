// `npm run bench`: every figure of our "small and fast" promise, beside its floor and its goal, printed as a Markdown
// table and written to bench/results.json and bench/results.md. Speed is measured here, never asserted in the tests.
// Render figures are medians of `runs` page loads, each in a fresh browser context, the pages taken in turn (round
// robin) so that the machine's load falls on all of them alike; the whole is done `rounds` times to show the spread.
// Compare ratios, not milliseconds, across machines.
// `node bench/bench.mjs --smoke` (run by `npm test`) does everything once and writes to test-results/bench-smoke/, so
// that the bench cannot break unseen; its figures mean nothing and nothing is asserted of them.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromiumArgs, findChromium, findFirefox, firefoxPreferences } from '../scripts/browser.mjs';
import { elements, exampleMarkup } from '../scripts/elements.mjs';
import { scriptTagDownload } from '../scripts/script-tag-files.mjs';
import { bundle, measure, measureSizes } from '../scripts/sizes.mjs';
import { scriptTagPreload, serve, strictCsp } from '../scripts/static-server.mjs';
import lighthouse from 'lighthouse';
import puppeteer from 'puppeteer-core';

const root = fileURLToPath(new URL('..', import.meta.url));
const smoke = process.argv.includes('--smoke');
const runs = smoke ? 1 : Number(process.env.BENCH_RUNS ?? 15);
const rounds = smoke ? 1 : 3;
const lighthouseRuns = smoke ? 1 : 3;
const out = smoke ? `${root}test-results/bench-smoke/` : `${root}bench/`;
const scratch = `${root}test-results/bench/`;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const round = (n, digits = 1) => Number(n.toFixed(digits));

const { prerender } = await import(`${root}dist/ssr.js`);

// One of each element in its typical state (the registry's examples), repeated to make pages of 1, 10 and 50 widgets.
const widgets = elements.map((element) => exampleMarkup(element));
const pageOf = (n) => Array.from({ length: n }, (_, i) => widgets[i % widgets.length]).join('\n');

// Records "done" once every widget has rendered and the page is laid out; the static page once it is laid out.
// An element has rendered when its shadow root has content (the example list waits for its examples first). It is
// awaited as defined first: an element the script tag defines once a page has one (a list, a larger box) is upgraded
// later.
const renderedScript = `
  window.rendered = (el) =>
    customElements.whenDefined(el.localName).then(() => el.updateComplete).then(() =>
      el.shadowRoot.firstElementChild
        ? undefined
        : new Promise((resolve) =>
            new MutationObserver((_, observer) => {
              observer.disconnect();
              resolve(el.updateComplete);
            }).observe(el.shadowRoot, { childList: true }),
          ),
    );`;
const doneWhenRendered = `<script type="module">${renderedScript}
  const all = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('cc4dr-'));
  await Promise.all(all.map(window.rendered));
  document.body.getBoundingClientRect();
  window.__done = performance.now();
</script>`;
const doneWhenLaidOut = `<script type="module">document.body.getBoundingClientRect(); window.__done = performance.now();</script>`;
const html = (body, head = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title>${head}</head><body><main>${body}</main></body></html>`;

const site = await serve(root);
const browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: chromiumArgs });
// The tags the embed builder and the library check write (src/core/snippet.ts), as pasted and holding the first paint.
const { escapeText, openingTag, scriptTag: scriptTagFor } = await import(`${root}dist/core/snippet.js`);
const scriptTag = scriptTagFor('/dist/cc4dr-widgets.js');

/**
 * Loads `markup` as a page of the site in a fresh browser context (nothing cached), once `window.__done` is set; with
 * `trace`, recording a performance trace from before the navigation.
 */
async function load(markup, { trace = false } = {}) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.setRequestInterception(true);
  page.on('request', (request) =>
    request.url().endsWith('/bench.html') ? request.respond({ contentType: 'text/html', body: markup }) : request.continue(),
  );
  if (trace) await page.tracing.start({ categories: ['toplevel', 'blink.user_timing', 'loading'] });
  await page.goto(`${site.origin}/bench.html`);
  await page.waitForFunction(() => window.__done !== undefined, { timeout: 30000 });
  return { page, close: () => context.close() };
}

/**
 * How long the page's main thread was busy (the sum of its tasks) from navigation until `window.__done`, from a trace,
 * and that time: for the rest of it the main thread is idle (waiting for files, or between tasks).
 */
async function busyMs(markup) {
  const { page, close } = await load(markup, { trace: true });
  const done = await page.evaluate(() => window.__done);
  const events = JSON.parse(Buffer.from(await page.tracing.stop()).toString()).traceEvents;
  await close();
  const navigation = events.findLast(
    (e) => e.name === 'navigationStart' && (e.args?.data?.documentLoaderURL ?? '').endsWith('/bench.html'),
  );
  const end = navigation.ts + done * 1000;
  const tasks = events.filter(
    (e) =>
      e.pid === navigation.pid &&
      e.tid === navigation.tid &&
      e.ph === 'X' &&
      /RunTask$/.test(e.name) &&
      e.ts >= navigation.ts &&
      e.ts < end,
  );
  if (!tasks.length) throw new Error('bench: the trace has no main-thread tasks');
  let busy = 0;
  let until = 0;
  for (const task of tasks.sort((a, b) => a.ts - b.ts)) {
    if (task.ts < until) continue; // a task run inside another (a nested loop) is counted in it
    until = task.ts + task.dur;
    busy += Math.min(until, end) - task.ts;
  }
  return { busy: busy / 1000, done };
}

async function timeLoad(markup) {
  const { page, close } = await load(markup);
  const done = await page.evaluate(() => window.__done);
  await close();
  return done;
}

console.log(`Measuring (${runs} loads per page, ${rounds} rounds)…`);

// The pages, each with the same words: the widgets (script tag); the same content as static HTML (prerendered, no
// script), the floor of any page; ten bare LitElements showing the same ten widgets' words, Lit's own floor; and the
// script on a page with no widget.
const pages = {};
for (const n of [1, 10, 50]) {
  const content = pageOf(n);
  pages[`widgets-${n}`] = html(content + doneWhenRendered, scriptTag);
  pages[`static-${n}`] = html((await prerender(content)).html + doneWhenLaidOut);
}
const staticTen = await load(pages['static-10']);
// The words a reader sees: the text of each prerendered shadow root, its stylesheets left out.
const tenWidgetsWords = await staticTen.page.evaluate(() =>
  [...document.querySelectorAll('main > *')]
    .filter((el) => el.localName.startsWith('cc4dr-'))
    .map((el) => {
      const walker = document.createTreeWalker(el.shadowRoot, NodeFilter.SHOW_TEXT);
      const words = [];
      while (walker.nextNode()) if (walker.currentNode.parentElement?.localName !== 'style') words.push(walker.currentNode.data);
      return words.join(' ').replace(/\s+/g, ' ').trim();
    }),
);
await staticTen.close();
// The same ten widgets' own shadow DOM, as each shows it once rendered: its markup without Lit's markers, and its
// stylesheets as it adopted them (the theme's one sheet, shared by every widget, and the element's own).
const rendered = await load(pages['widgets-10']);
const tenWidgetsDom = await rendered.page.evaluate(() =>
  [...document.querySelectorAll('main > *')]
    .filter((el) => el.localName.startsWith('cc4dr-'))
    .map((el) => {
      const copy = document.createElement('div');
      copy.append(...[...el.shadowRoot.childNodes].map((node) => node.cloneNode(true)));
      const markers = document.createTreeWalker(copy, NodeFilter.SHOW_COMMENT);
      const comments = [];
      while (markers.nextNode()) comments.push(markers.currentNode);
      for (const comment of comments) comment.remove();
      return {
        tag: el.localName,
        styles: el.shadowRoot.adoptedStyleSheets.map((sheet) => [...sheet.cssRules].map((rule) => rule.cssText).join('\n')),
        markup: copy.innerHTML,
        attributes: [...el.attributes].map(({ name, value }) => [name, value]),
      };
    }),
);
await rendered.close();
mkdirSync(scratch, { recursive: true });
const litFloorSource = `import { LitElement, html, css } from 'lit';
class Floor extends LitElement { static styles = css\`:host{display:block}\`; render() { return html\`<p><slot></slot></p>\`; } }
customElements.define('floor-element', Floor);`;
writeFileSync(`${scratch}floor.js`, Buffer.concat(await bundle('bench-floor', litFloorSource)));
/** Records "done" once every element of a floor page (its tag beginning with `prefix`) has rendered, laid out. */
const doneWhenUpdated = (prefix) => `<script type="module">await Promise.all([...document.querySelectorAll('main > *')]
    .filter((el) => el.localName.startsWith('${prefix}'))
    .map((el) => customElements.whenDefined(el.localName).then(() => el.updateComplete)));
  document.body.getBoundingClientRect(); window.__done = performance.now();</script>`;
pages['lit-10'] = html(
  tenWidgetsWords.map((words) => `<floor-element>${escapeText(words)}</floor-element>`).join('\n') + doneWhenUpdated('floor-'),
  '<script type="module" src="/test-results/bench/floor.js"></script>',
);
// A second floor, Lit's for what the widgets show: bare LitElements whose templates are the ten widgets' own shadow DOM,
// markup and stylesheets, with no binding and no logic; what the widgets take beyond it is our code's. As with the
// widgets, each kind of element is one class with one template, and each stylesheet is made once and shared.
const templateText = (text) => text.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');
const sameDomTag = (tag) => tag.replace(/^cc4dr-/, 'same-dom-');
const sameDomKinds = [...new Map(tenWidgetsDom.map((widget) => [widget.tag, widget])).values()];
const sameDomStyles = [...new Set(sameDomKinds.flatMap(({ styles }) => styles))];
const sameDomSource = `import { LitElement, html, css } from 'lit';
${sameDomStyles.map((style, i) => `const style${i} = css\`${templateText(style)}\`;`).join('\n')}
${sameDomKinds
  .map(
    ({ tag, styles, markup }) => `customElements.define('${sameDomTag(tag)}', class extends LitElement {
  static styles = [${styles.map((style) => `style${sameDomStyles.indexOf(style)}`).join(', ')}];
  render() { return html\`${templateText(markup)}\`; }
});`,
  )
  .join('\n')}`;
writeFileSync(`${scratch}same-dom.js`, Buffer.concat(await bundle('bench-same-dom', sameDomSource)));
pages['lit-same-dom-10'] = html(
  tenWidgetsDom.map(({ tag, attributes }) => `${openingTag(sameDomTag(tag), attributes)}</${sameDomTag(tag)}>`).join('\n') +
    doneWhenUpdated('same-dom-'),
  '<script type="module" src="/test-results/bench/same-dom.js"></script>',
);
pages['script-only'] = html(doneWhenRendered, scriptTag);
// The single file (every element and chunk in one file, for hosts that cannot hold a folder), with one widget and ten.
const singleFileTag = scriptTagFor('/dist/cc4dr-widgets.single.js');
for (const n of [1, 10]) pages[`single-${n}`] = html(pageOf(n) + doneWhenRendered, singleFileTag);

// The second floor shows what the widgets show: as many elements in the shadow roots of each page.
const shadowElements = async (name) => {
  const { page, close } = await load(pages[name]);
  const count = await page.evaluate(() =>
    [...document.querySelectorAll('main > *')].reduce((sum, el) => sum + (el.shadowRoot?.querySelectorAll('*').length ?? 0), 0),
  );
  await close();
  return count;
};
const sameDomElements = { widgets: await shadowElements('widgets-10'), floor: await shadowElements('lit-same-dom-10') };

const pageNames = Object.keys(pages);
const roundMedians = [];
for (let round = 0; round < rounds; round += 1) {
  const times = Object.fromEntries(pageNames.map((name) => [name, []]));
  for (let i = 0; i < runs; i += 1) for (const name of pageNames) times[name].push(await timeLoad(pages[name]));
  roundMedians.push(Object.fromEntries(pageNames.map((name) => [name, median(times[name])])));
}
/** A page's time: the median of the rounds' medians; a ratio: each round's, with their median, least and most. */
const pageMs = (name) => round(median(roundMedians.map((r) => r[name])));
const ratio = (a, b) => {
  const each = roundMedians.map((r) => round(r[a] / r[b], 2));
  return { median: median(each), least: Math.min(...each), most: Math.max(...each), each };
};
const render = [1, 10, 50].map((n) => ({
  widgets: n,
  widgetsMs: pageMs(`widgets-${n}`),
  staticMs: pageMs(`static-${n}`),
  ratio: ratio(`widgets-${n}`, `static-${n}`),
}));
const singleFile = [1, 10].map((n) => ({
  widgets: n,
  scriptTagMs: pageMs(`widgets-${n}`),
  singleFileMs: pageMs(`single-${n}`),
  ratio: ratio(`single-${n}`, `widgets-${n}`),
}));
const litFloor = {
  words: tenWidgetsWords.join(' ').split(/\s+/).length,
  litMs: pageMs('lit-10'),
  widgetsMs: pageMs('widgets-10'),
  staticMs: pageMs('static-10'),
  ratio: ratio('widgets-10', 'lit-10'),
  litToStatic: ratio('lit-10', 'static-10'),
  sameDom: {
    ms: pageMs('lit-same-dom-10'),
    elements: sameDomElements,
    widgetsToIt: ratio('widgets-10', 'lit-same-dom-10'),
    itToLit: ratio('lit-same-dom-10', 'lit-10'),
  },
};

// Where the time of the 10-widget page goes: the script on a page with no widget (download, compile, run, define), and
// the first use of an Intl formatter on a page (every widget with a number, date or country name pays it, once).
const firstIntlTimes = [];
for (let i = 0; i < runs; i += 1) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.goto('about:blank');
  firstIntlTimes.push(
    await page.evaluate(() => {
      const start = performance.now();
      new Intl.NumberFormat('en').format(1234);
      return performance.now() - start;
    }),
  );
  await context.close();
}
// And how much of the ten widgets' time, and of the bare LitElements', the main thread is busy: the share that
// fetching sooner cannot take off.
const busy = { 'widgets-10': [], 'lit-10': [] };
const busyMedians = (loads) => ({ busy: round(median(loads.map((t) => t.busy))), done: round(median(loads.map((t) => t.done))) });
for (let i = 0; i < runs; i += 1) for (const name of Object.keys(busy)) busy[name].push(await busyMs(pages[name]));
const renderCosts = {
  scriptOnlyMs: pageMs('script-only'),
  firstIntlFormatterMs: round(median(firstIntlTimes)),
  busyWidgets: busyMedians(busy['widgets-10']),
  busyLit: busyMedians(busy['lit-10']),
};

// Scale: a library's thousands of examples, a network of ten thousand cities. A step (a filter set, a letter typed) is
// shown in one or more renders: the first in the step's own frame and, where it shows many new items, the rest in the
// frames after it (see ProgressiveList). Each render is timed with the layout it causes, the first from the change; the
// longest render is the frame a reader would feel. Each step is also timed from the change until all of it is shown.
// Each subject's series is run in several fresh loads of its own, so that the figures show how much a load's slowest
// render moves (with the machine's load, and with where garbage collection falls); the goal is met only if no load has
// a render over a frame.
async function measureScale(subject) {
  const scaleLoad = await load(html(doneWhenLaidOut, scriptTag));
  // Its marks traced (nothing else, to cost the page little), so that a long render can be told apart: the main thread
  // working, or waiting to run (two cores, shared with the browser's other processes and V8's compiler threads).
  await scaleLoad.page.tracing.start({ categories: ['blink.user_timing'] });
  const scale = await scaleLoad.page.evaluate(
    async (runs, subject) => {
      const { syntheticExamples, syntheticMembers } = await import('/test/fixtures/synthetic.js');
      const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
      // Frames, counted as the page draws them: no two renders of a step may fall in one.
      let frame = 0;
      const countFrames = () => {
        frame += 1;
        requestAnimationFrame(countFrames);
      };
      requestAnimationFrame(countFrames);
      // Each render of the element, laid out at once: when it began, when it was laid out, and in which frame.
      // A mark at each end of a render, for the trace: the main thread's own clock between them is the time it ran.
      let marks = 0;
      const mark = () => {
        marks += 1;
        performance.mark(`bench-render-${marks}`);
        return `bench-render-${marks}`;
      };
      const timeRenders = (el) => {
        const { performUpdate } = Object.getPrototypeOf(el);
        el.renders = [];
        el.performUpdate = function () {
          const from = mark();
          const start = performance.now();
          performUpdate.call(this);
          document.body.getBoundingClientRect();
          el.renders.push({ start, end: performance.now(), frame, from, to: mark() });
        };
      };
      const timeStep = async (el, change) => {
        el.renders = [];
        const from = mark();
        const start = performance.now();
        change();
        await el.updateComplete;
        document.body.getBoundingClientRect();
        const end = performance.now();
        const [first, ...rest] = el.renders;
        const firstMs = (first?.end ?? end) - start;
        const laterMs = rest.map((r) => r.end - r.start);
        return {
          windows: [{ start, end: first?.end ?? end, from, to: first?.to ?? mark() }, ...rest],
          firstMs,
          laterMs,
          wholeMs: end - start,
          busyMs: firstMs + laterMs.reduce((sum, ms) => sum + ms, 0),
          sharedFrames: el.renders.length - new Set(el.renders.map((r) => r.frame)).size,
        };
      };
      // The renders over a frame, each from when it began (the first of a step from the change) to its layout.
      const overAFrame = (steps) => steps.flatMap((s) => s.windows.filter(({ start, end }) => end - start > 16));
      const slowest = (steps) => steps.flatMap((s) => s.windows).reduce((a, b) => (b.end - b.start > a.end - a.start ? b : a));
      const summary = (steps) => ({
        overAFrame: overAFrame(steps),
        slowest: slowest(steps),
        firstResultsMs: median(steps.map((s) => s.firstMs)),
        allResultsMs: median(steps.map((s) => s.wholeMs)),
        busyStepMs: median(steps.map((s) => s.busyMs)),
        slowestRenderMs: Math.max(...steps.flatMap((s) => [s.firstMs, ...s.laterMs])),
        mostRenders: Math.max(...steps.map((s) => 1 + s.laterMs.length)),
        rendersSharingAFrame: steps.reduce((sum, s) => sum + s.sharedFrames, 0),
      });
      if (document.visibilityState !== 'visible') throw new Error('the scale page is not visible, so it draws no frames');
      // The schema checks are a lazy chunk: load it once first, so that the figures are of the work, not of a download.
      const warmUp = document.createElement('cc4dr-example-list');
      warmUp.examples = syntheticExamples(25);
      document.body.append(warmUp);
      // The script tag defines the lists once a page has one: from here on, the example list is defined.
      await customElements.whenDefined('cc4dr-example-list');
      while (!warmUp.shadowRoot.querySelector('[part~="more"]')) await new Promise((r) => setTimeout(r));
      warmUp.remove();
      if (subject !== 'finder') {
        const n = subject === 'list-1000' ? 1000 : 10000;
        const list = document.createElement('cc4dr-example-list');
        const examples = syntheticExamples(n);
        const start = performance.now();
        list.examples = examples;
        document.body.append(list);
        // Rendered with the library's examples, all of them shown: each record was checked against the schema first.
        while (!list.shadowRoot.querySelector('[part~="more"]')) await new Promise((r) => setTimeout(r));
        await list.updateComplete;
        document.body.getBoundingClientRect();
        const firstRender = performance.now() - start;
        timeRenders(list);
        const steps = [];
        const principles = ['privacy', 'access', 'transparency', 'participation', 'standards'];
        for (let i = 0; i < runs; i += 1) {
          steps.push(
            await timeStep(list, () => {
              list.principle = principles[i % principles.length];
              list.city = i % 2 ? 'Wien' : '';
            }),
          );
        }
        return {
          what: `example list, ${n.toLocaleString('en')} examples`,
          firstRenderMs: firstRender,
          step: 'apply a filter',
          ...summary(steps),
        };
      }
      const finder = document.createElement('cc4dr-member-finder');
      const start = performance.now();
      finder.members = syntheticMembers(10000);
      document.body.append(finder);
      await customElements.whenDefined('cc4dr-member-finder');
      while (!finder.shadowRoot.querySelector('[part~="count"]')?.textContent.match(/\b10,0\d\d\b/))
        await new Promise((r) => setTimeout(r));
      await finder.updateComplete;
      document.body.getBoundingClientRect();
      const firstRender = performance.now() - start;
      // As a reader does: into the search box first (which fetches the places table a typed name is checked against).
      const input = finder.shadowRoot.querySelector('input');
      input.focus();
      const places = () => performance.getEntriesByType('resource').find((entry) => /\/pinning-[\w-]+\.js$/.test(entry.name));
      while (!places()) await new Promise((r) => setTimeout(r));
      await import(places().name);
      timeRenders(finder);
      const steps = [];
      const typed = 'testville 42';
      for (let round = 0; round < Math.max(1, Math.ceil(runs / typed.length)); round += 1) {
        for (let i = 1; i <= typed.length; i += 1) {
          steps.push(
            await timeStep(finder, () => {
              input.value = typed.slice(0, i);
              input.dispatchEvent(new Event('input'));
            }),
          );
        }
      }
      return { what: 'member finder, 10,000 cities', firstRenderMs: firstRender, step: 'a keystroke', ...summary(steps) };
    },
    runs,
    subject,
  );
  const events = JSON.parse(Buffer.from(await scaleLoad.page.tracing.stop()).toString()).traceEvents;
  await scaleLoad.close();
  const { overAFrame, slowest, ...figures } = scale;
  return {
    ...figures,
    slowestRenderRunningMs: runningMs(events, slowest),
    overAFrame: overAFrame.map((render) => ({ wallMs: round(render.end - render.start), runningMs: runningMs(events, render) })),
  };
}

/**
 * How long the page's main thread ran on a processor during a render: its own clock (thread time) between the marks at
 * the render's two ends (a little wider than the render, by the marks themselves). Where it is well under the render's
 * wall-clock time, the thread was not running: waiting for a processor, or blocked on another thread.
 */
function runningMs(events, { from, to }) {
  const [start, end] = [from, to].map((name) => {
    const found = events.filter((e) => e.name === name && e.cat === 'blink.user_timing');
    if (found.length > 1) throw new Error(`bench: more than one mark ${name} in the trace`);
    return found[0];
  });
  if (start && end && (start.pid !== end.pid || start.tid !== end.tid)) throw new Error(`bench: ${from} and ${to} on two threads`);
  if (start?.tts === undefined || end?.tts === undefined) throw new Error(`bench: no thread time for the marks ${from} and ${to}`);
  return round((end.tts - start.tts) / 1000);
}
const scaleLoads = smoke ? 1 : 5;
// Each subject in a page of its own, so that none meets the garbage of another's records, or code another has warmed.
const scaleSubjects = ['list-1000', 'list-10000', 'finder'];
const scaleSeries = [];
for (let i = 0; i < scaleLoads; i += 1) {
  const series = [];
  for (const subject of scaleSubjects) series.push(await measureScale(subject));
  scaleSeries.push(series);
}

// Memory: 100 widgets (every element in turn) added and removed, twice; the second time, whether each removed widget is
// collected, and in Chromium the heap after rendering them and after removing them again, against the heap after the
// first round (what stays from it is made once per page: the lazy modules, Lit's parsed templates). Chromium collects
// at once (DevTools' collect garbage); a page cannot ask Firefox to, so there the bench waits, looking every half
// second, until its garbage and cycle collectors have run on their own, for at most two minutes.
const memoryPage = html(`<script type="module">${renderedScript}</script>`, scriptTag);
async function memoryIn(engine) {
  const firefox = engine === 'Firefox';
  const launched = firefox
    ? await puppeteer.launch({ browser: 'firefox', executablePath: findFirefox(), headless: true, extraPrefsFirefox: firefoxPreferences })
    : browser;
  const page = await launched.newPage();
  await page.setRequestInterception(true);
  page.on('request', (request) =>
    request.url().endsWith('/memory.html') ? request.respond({ contentType: 'text/html', body: memoryPage }) : request.continue(),
  );
  await page.goto(`${site.origin}/memory.html`);
  await page.waitForFunction(() => window.rendered !== undefined);
  const cdp = firefox ? undefined : await page.createCDPSession();
  const heapKB = async () => {
    if (!cdp) return undefined;
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    return round((await cdp.send('Runtime.getHeapUsage')).usedSize / 1024, 0);
  };
  const addWidgets = () =>
    page.evaluate(async (markup) => {
      const box = document.createElement('div');
      box.id = 'box';
      box.innerHTML = markup; // The benchmark's own fixed markup, on a page without Trusted Types.
      document.body.append(box);
      window.removed = [...box.children].map((el) => new WeakRef(el));
      await Promise.all([...box.children].map(window.rendered));
    }, pageOf(100));
  const removeWidgets = () => page.evaluate(() => document.getElementById('box').remove());
  // Read in a task of its own: a WeakRef read keeps its target alive to the end of the task that read it.
  const stillAlive = () =>
    page.evaluate(() => new Promise((resolve) => setTimeout(() => resolve(window.removed.filter((ref) => ref.deref()).length))));
  const collected = async () => {
    for (let look = 0; look < 240; look += 1) {
      if (cdp) await heapKB();
      // Firefox collects on allocation and when idle: some garbage, then half a second for its collectors to run.
      else
        await page.evaluate(() => {
          Array.from({ length: 200000 }, (_, i) => ({ i }));
          return new Promise((resolve) => setTimeout(resolve, 500));
        });
      const alive = await stillAlive();
      if (alive === 0 || cdp) return alive;
    }
    return stillAlive();
  };
  const pageKB = await heapKB();
  await addWidgets();
  await removeWidgets();
  await collected();
  const baselineKB = await heapKB();
  await addWidgets();
  const withWidgetsKB = await heapKB();
  await removeWidgets();
  const keptWidgets = await collected();
  const afterRemovalKB = await heapKB();
  if (firefox) await launched.close();
  else await page.close();
  return {
    engine,
    keptWidgets,
    ...(cdp
      ? {
          pageKB,
          madeOncePerPageKB: baselineKB - pageKB,
          baselineKB,
          with100WidgetsKB: withWidgetsKB,
          perWidgetKB: round((withWidgetsKB - baselineKB) / 100, 1),
          afterRemovalKB,
          retainedAfterRemovalKB: afterRemovalKB - baselineKB,
        }
      : {}),
  };
}
const memory = [await memoryIn('Chromium'), await memoryIn('Firefox')];

await browser.close();
site.server.close();

// Lighthouse, in the system Chromium, on a simulated phone (Lighthouse's default slow 4G and CPU): the demo page as
// `npm start` serves it (every element, strict CSP); and a plain-text library page, alone and with ten widgets with
// their fallback content added, which is what a library's web team would measure, as pasted and with the script tag
// holding the first paint. The four pages are taken in turn, `lighthouseRuns` times. The demo page once more on a
// desktop with no throttling. The smoke run takes the three library pages once each.
const libraryText = [
  [
    'Opening hours',
    'The library is open every day except public holidays. On weekdays the doors open at nine in the morning and close at eight in the evening; at weekends we open at ten and close at five. The study rooms on the second floor can be booked at the front desk or by phone, for up to three hours at a time.',
  ],
  [
    'Internet and computers',
    'Anyone may use the public computers and the wireless network free of charge, with or without a library card. Staff at the help desk can show you how to print, scan a document, fill in an online form or set up an email address, and volunteers run a drop-in session for smartphones and tablets every Tuesday afternoon.',
  ],
  [
    'Borrowing',
    'With a library card you can borrow up to twenty books, films and games for three weeks, and renew them twice unless someone else has reserved them. Laptops and mobile hotspots can be borrowed for two weeks by anyone who has no internet connection at home; ask at the front desk.',
  ],
  [
    'Courses and workshops',
    'Our free courses cover the basics of using a computer, safe online banking, protecting your privacy on social media, and finding reliable information. Each course meets once a week for four weeks. Places are limited, so please register in advance, in person or by telephone.',
  ],
  [
    'Help with public services',
    'Many services of the city are now online. If you need to apply for a permit, renew a document or make an appointment, a member of staff can sit with you and go through the forms step by step. We never keep copies of your documents or your passwords.',
  ],
  [
    'Accessibility',
    'The building has step-free access from the main entrance, a lift to every floor and an accessible toilet on the ground floor. Screen readers, magnifiers and large-print keyboards are available on two of the public computers, and hearing loops are fitted at the front desk and in the meeting room.',
  ],
];
// Holding the first paint, as docs/embedding.md advises a page that does: with a module preload of the script's shared
// part, so that the page waits for one round of requests, not two.
const heldScriptTag =
  scriptTagDownload(root)
    .slice(1)
    .map((file) => `<link rel="modulepreload" href="/dist/${file}">`)
    .join('') + scriptTagFor('/dist/cc4dr-widgets.js', true);
const libraryPage = (widgetMarkup = [], { holdFirstPaint = false } = {}) => {
  const sections = Array.from({ length: 10 }, (_, i) => {
    const [title, text] = libraryText[i % libraryText.length];
    return `<h2>${title}</h2>\n<p>${text}</p>\n<p>${libraryText[(i + 1) % libraryText.length][1]}</p>\n${widgetMarkup[i] ?? ''}`;
  });
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Your library: services</title>${widgetMarkup.length ? (holdFirstPaint ? heldScriptTag : scriptTag) : ''}</head><body><main><h1>Your library: services</h1>
${sections.join('\n')}</main></body></html>`;
};
const { default: fallbackMessages } = await import(`${root}src/generated/messages-en-fallback.js`);
const { coalition } = await import(`${root}src/generated/data.js`);
const withFallback = (element) =>
  exampleMarkup(element).replace(
    '></',
    `><p><a href="${coalition.urls[element.fallback.href]}">${fallbackMessages[element.fallback.text]()}</a></p></`,
  );
const tenWithFallback = Array.from({ length: 10 }, (_, i) => withFallback(elements[i % elements.length]));
writeFileSync(`${scratch}library-page.html`, libraryPage());
writeFileSync(`${scratch}library-page-with-widgets.html`, libraryPage(tenWithFallback));
writeFileSync(`${scratch}library-page-with-widgets-held.html`, libraryPage(tenWithFallback, { holdFirstPaint: true }));
const libraryPageWords = libraryPage()
  .replace(/<[^>]+>/g, ' ')
  .split(/\s+/)
  .filter(Boolean).length;

// Served as a host's server would: gzipped; and the demo, which holds its first paint for the script, with a header that
// fetches the script's shared part together with the page (scripts/serve.mjs does the same). The library pages get no
// such help: they are what a page gains by adding the widgets, and nothing else.
const demoPreload = scriptTagPreload(root);
const strictSite = await serve(root, {
  home: '/demo/',
  compress: true,
  headers: (path) => ({
    'content-security-policy': strictCsp,
    ...(demoPreload && path.startsWith('/demo/') ? { link: demoPreload } : {}),
  }),
});
const lighthousePages = {
  demo: `${strictSite.origin}/demo/`,
  'library page': `${strictSite.origin}/test-results/bench/library-page.html`,
  'library page with ten widgets': `${strictSite.origin}/test-results/bench/library-page-with-widgets.html`,
  'the same, holding its first paint for the script': `${strictSite.origin}/test-results/bench/library-page-with-widgets-held.html`,
};
async function lighthouseRun(url, device) {
  const chromium = await puppeteer.launch({
    executablePath: findChromium(),
    headless: true,
    args: [...chromiumArgs, '--remote-debugging-port=0'],
  });
  const flags =
    device === 'phone'
      ? { formFactor: 'mobile' }
      : { formFactor: 'desktop', screenEmulation: { disabled: true }, throttlingMethod: 'provided' };
  const { lhr } = await lighthouse(url, {
    port: Number(new URL(chromium.wsEndpoint()).port),
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices'],
    ...flags,
  });
  await chromium.close();
  const score = (id) => Math.round(lhr.categories[id].score * 100);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    largestContentfulPaintMs: Math.round(lhr.audits['largest-contentful-paint'].numericValue),
    totalBlockingTimeMs: Math.round(lhr.audits['total-blocking-time'].numericValue),
    cumulativeLayoutShift: round(lhr.audits['cumulative-layout-shift'].numericValue, 3),
  };
}
const measuredPages = smoke ? Object.keys(lighthousePages).filter((name) => name !== 'demo') : Object.keys(lighthousePages);
const phoneRuns = Object.fromEntries(measuredPages.map((name) => [name, []]));
for (let i = 0; i < lighthouseRuns; i += 1) {
  for (const name of measuredPages) phoneRuns[name].push(await lighthouseRun(lighthousePages[name], 'phone'));
}
const summarise = (page, device, list) => ({
  page,
  device,
  scores: list.map((r) => r.performance),
  performance: median(list.map((r) => r.performance)),
  accessibility: Math.min(...list.map((r) => r.accessibility)),
  bestPractices: Math.min(...list.map((r) => r.bestPractices)),
  largestContentfulPaintMs: median(list.map((r) => r.largestContentfulPaintMs)),
  totalBlockingTimeMs: median(list.map((r) => r.totalBlockingTimeMs)),
  cumulativeLayoutShift: Math.max(...list.map((r) => r.cumulativeLayoutShift)),
});
const lighthouseResults = measuredPages.map((name) => summarise(name, 'phone', phoneRuns[name]));
if (!smoke) lighthouseResults.push(summarise('demo', 'desktop', [await lighthouseRun(lighthousePages.demo, 'desktop')]));
strictSite.server.close();
const onPhone = (name) => lighthouseResults.find((l) => l.page === name && l.device === 'phone');
// What the widgets cost the library page: as pasted, and with the script tag holding the first paint (which
// docs/embedding.md advises against layout shift: widgets in the first screen then do not grow out of their fallback
// in view), with its largest paint, which then waits for the script.
const costToLibraryPage = (name) => ({
  withWidgets: onPhone(name).performance,
  delta: onPhone('library page').performance - onPhone(name).performance,
  addedLayoutShift: round(onPhone(name).cumulativeLayoutShift - onPhone('library page').cumulativeLayoutShift, 3),
  largestContentfulPaintMs: onPhone(name).largestContentfulPaintMs,
});
const hostPage = {
  words: libraryPageWords,
  alone: onPhone('library page').performance,
  ...costToLibraryPage('library page with ten widgets'),
  held: costToLibraryPage('the same, holding its first paint for the script'),
};
const hostPageMet = [hostPage, hostPage.held].some((cost) => cost.delta <= 1 && cost.addedLayoutShift <= 0);

// Size, from the build. The smoke run leaves out the npm entries and what each element adds to the script tag (twenty
// bundles): the size test measures the entries in the same `npm test`.
const sizes = await measureSizes({ marginal: !smoke, entries: !smoke });
const kb = (bytes) => round(bytes / 1024, 1);
const floorGzip = sizes.floor.gzip;
const sizeRows = [
  { what: 'floor: a bare LitElement, built the same way', ...sizes.floor },
  { what: 'script tag: dist/cc4dr-widgets.js and its core chunk (the elements it defines at once)', ...sizes.scriptTag, target: 20 * 1024 },
  ...sizes.entries.map((e) => ({
    what: `npm entry with Lit: ${e.entry}`,
    ...e,
    ...(e.entry.endsWith('/define') ? { target: 8 * 1024 } : {}),
  })),
  ...sizes.chunks
    .filter((c) => /^(messages|geometry)/.test(c.file))
    .map((c) => ({ what: `lazy chunk: ${c.file.replace(/-[\w-]{8}\.js$/, '')}`, ...c })),
].map(({ what, gzip, brotli, target, budget }) => ({
  what,
  gzipKB: kb(gzip),
  brotliKB: kb(brotli),
  ratioToFloor: round(gzip / floorGzip, 2),
  ...(budget ? { budgetKB: kb(budget) } : {}),
  ...(target ? { targetKB: kb(target), met: gzip <= target } : {}),
}));

// Each figure is the median over the loads; the slowest render is the slowest of all loads, with each load's too.
const scaleResults = scaleSeries[0].map(({ what, step }, i) => {
  const of = (key) => scaleSeries.map((series) => round(series[i][key]));
  const slowestRenderMs = Math.max(...of('slowestRenderMs'));
  return {
    what,
    step,
    firstRenderMs: median(of('firstRenderMs')),
    firstResultsMs: median(of('firstResultsMs')),
    allResultsMs: median(of('allResultsMs')),
    busyStepMs: median(of('busyStepMs')),
    mostRenders: Math.max(...of('mostRenders')),
    rendersSharingAFrame: of('rendersSharingAFrame').reduce((sum, n) => sum + n, 0),
    slowestRenderMs,
    slowestRenderEachLoadMs: of('slowestRenderMs'),
    slowestRenderRunningEachLoadMs: of('slowestRenderRunningMs'),
    overAFrame: scaleSeries.flatMap((series) => series[i].overAFrame),
    withinAFrame: slowestRenderMs <= 16 && of('rendersSharingAFrame').every((n) => n === 0),
  };
});
const chromiumMemory = memory.find((m) => m.engine === 'Chromium');
const demoPhone = onPhone('demo');

/** The renders over a frame: each one's wall-clock time, and how long the main thread ran in it. */
const overAFrameText = (s) =>
  s.overAFrame.length ? s.overAFrame.map((render) => `${render.wallMs} / ${render.runningMs}`).join(', ') : 'none';

// Each goal of issue 21, with the figure that shows it met or not.
const goals = [
  {
    goal: 'ten widgets render within 1.5× of ten bare LitElements showing the same words',
    target: 1.5,
    figure:
      `${litFloor.ratio.median}× (rounds: ${litFloor.ratio.each.join(', ')}); Lit showing the widgets' own DOM with no ` +
      `logic takes ${litFloor.sameDom.itToLit.median}× (${litFloor.sameDom.itToLit.each.join(', ')}), and the widgets ` +
      `${litFloor.sameDom.widgetsToIt.median}× that (${litFloor.sameDom.widgetsToIt.each.join(', ')})`,
    met: litFloor.ratio.most <= 1.5,
  },
  {
    goal: 'the script tag (entry and its shared part, with the elements it defines at once) at most 20 KB gzip',
    figure: `${kb(sizes.scriptTag.gzip)} KB`,
    met: sizes.scriptTag.gzip <= 20 * 1024,
  },
  ...(demoPhone
    ? [
        {
          goal: 'the demo page scores at least 98 on a phone in Lighthouse, over three runs',
          figure: `${demoPhone.performance} (runs: ${demoPhone.scores.join(', ')})`,
          met: Math.min(...demoPhone.scores) >= 98,
        },
      ]
    : []),
  {
    goal: 'a plain-text library page loses at most 1 point, and gains no layout shift, with ten widgets added',
    figure: [hostPage, hostPage.held]
      .map(
        (cost, i) =>
          `${i ? 'holding its first paint for the script' : 'as pasted'}: ${hostPage.alone} → ${cost.withWidgets} (−${cost.delta}), ` +
          `layout shift added ${cost.addedLayoutShift}, largest paint ${cost.largestContentfulPaintMs} ms`,
      )
      .join('; '),
    met: hostPageMet,
  },
  {
    goal: 'no step over a frame (16 ms) at 10,000 records, worst case included',
    figure: scaleResults
      .filter((s) => s.what.includes('10,000'))
      .map(
        (s) =>
          `${s.what}: slowest render ${s.slowestRenderMs} ms (loads: ${s.slowestRenderEachLoadMs.join(', ')}), ` +
          `${s.rendersSharingAFrame} sharing a frame; over a frame: ${overAFrameText(s)}; a step's results all shown ` +
          `after ${s.allResultsMs} ms (median)`,
      )
      .join('; '),
    met: scaleResults.filter((s) => s.what.includes('10,000')).every((s) => s.withinAFrame),
  },
  {
    goal: 'nothing kept after 100 widgets are added and removed, in both browsers',
    figure: `${memory.map((m) => `${m.engine}: ${m.keptWidgets} of 100 widgets kept`).join('; ')}; Chromium heap ${chromiumMemory.retainedAfterRemovalKB} KB above its baseline`,
    met: memory.every((m) => m.keptWidgets === 0) && chromiumMemory.retainedAfterRemovalKB <= 64,
  },
].map(({ goal, figure, met }) => ({ goal, figure, met }));

const results = {
  measured: new Date().toISOString(),
  machine: {
    chromium: (await import('node:child_process')).execFileSync(findChromium(), ['--version']).toString().trim(),
    runs,
    rounds,
    lighthouseRuns,
  },
  goals,
  size: sizeRows,
  render,
  litFloor,
  singleFile,
  renderCosts,
  scale: scaleResults,
  memory,
  hostPage,
  lighthouse: lighthouseResults,
};

const table = (header, rows) =>
  [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
const spread = (r) => `${r.median} (${r.least}–${r.most})`;
const markdown = [
  '# Performance',
  '',
  'Figures from `npm run bench` (Chromium, and Firefox ESR for memory; speed is measured here, never asserted in the tests; sizes have budgets that the tests hold). What they mean is below the tables.',
  '',
  `Measured ${results.measured.slice(0, 10)} with ${results.machine.chromium}: each page loaded ${runs} times in a fresh browser context, the pages in turn, in ${rounds} rounds; ratios are the median of the rounds' ratios, with the least and the most in brackets.`,
  '',
  '**Goals** (issue 21)',
  '',
  table(
    ['goal', 'measured', 'met'],
    goals.map((g) => [g.goal, g.figure, g.met ? 'yes' : 'no']),
  ),
  '',
  '**Size** (gzip; the floor is a bare LitElement built the same way: rollup, minified by esbuild)',
  '',
  table(
    ['what', 'gzip KB', 'brotli KB', '× floor', 'budget KB (tested)', 'target'],
    results.size.map((s) => [
      s.what,
      s.gzipKB,
      s.brotliKB,
      s.ratioToFloor,
      s.budgetKB ?? '',
      s.targetKB ? `${s.targetKB} KB: ${s.met ? 'met' : 'not met'}` : '',
    ]),
  ),
  '',
  `**Render**: from navigation to every widget rendered and laid out. Against Lit's own floor: ten bare LitElements showing the same ${litFloor.words} words as the ten widgets`,
  '',
  table(
    ['page', 'ms', 'ratio'],
    [
      ['ten bare LitElements', litFloor.litMs, ''],
      ['ten cc4dr widgets', litFloor.widgetsMs, `${spread(litFloor.ratio)} × the LitElements (goal ≤ 1.5)`],
      ['the same as static HTML', litFloor.staticMs, `the LitElements ${spread(litFloor.litToStatic)} × this`],
      [
        `ten bare LitElements whose templates are the widgets' own shadow DOM (${litFloor.sameDom.elements.floor} elements; the widgets ${litFloor.sameDom.elements.widgets}) and stylesheets, with no logic`,
        litFloor.sameDom.ms,
        `${spread(litFloor.sameDom.itToLit)} × the LitElements; the widgets ${spread(litFloor.sameDom.widgetsToIt)} × this`,
      ],
    ],
  ),
  '',
  'Against the same content as static HTML (prerendered, no script)',
  '',
  table(
    ['widgets', 'widgets ms', 'static HTML ms', 'ratio'],
    results.render.map((r) => [r.widgets, r.widgetsMs, r.staticMs, spread(r.ratio)]),
  ),
  '',
  `The single file (\`dist/cc4dr-widgets.single.js\`, ${kb(measure(readFileSync(`${root}dist/cc4dr-widgets.single.js`)).gzip)} KB gzip: every element, language and chunk in one file) against the script tag, on the same pages`,
  '',
  table(
    ['widgets', 'script tag ms', 'single file ms', 'ratio'],
    singleFile.map((r) => [r.widgets, r.scriptTagMs, r.singleFileMs, spread(r.ratio)]),
  ),
  '',
  `Where the time goes: the script on a page with no widget ${renderCosts.scriptOnlyMs} ms; the first Intl formatter on a ` +
    `page ${renderCosts.firstIntlFormatterMs} ms (once per page). The main thread is busy ${renderCosts.busyWidgets.busy} ` +
    `of the ten widgets' ${renderCosts.busyWidgets.done} ms, and ${renderCosts.busyLit.busy} of the ten bare ` +
    `LitElements' ${renderCosts.busyLit.done} ms (traced loads, which are slower; medians of ${runs}); the rest of the ` +
    `time it is idle, waiting for files or between tasks.`,
  '',
  `**Scale**: first render includes checking every record against the schema, until every record is shown. A step ` +
    `is shown in one or more renders, one per frame: its first from the change to its first results laid out, and ` +
    `where it shows many new items, the rest added in the frames after it; each render is timed with its layout (not ` +
    `its paint). Each subject in ${scaleLoads} fresh loads of its own (${runs} steps each): medians over the loads; the ` +
    `slowest render of all loads, with each load's in brackets`,
  '',
  table(
    [
      'what',
      'first render ms',
      'step',
      'median step to its first results ms',
      'median step to all its results ms',
      'median time rendering in a step ms',
      'most renders in a step',
      'renders sharing a frame',
      'slowest render ms (each load)',
      'the main thread running in it ms (each load)',
      'renders over a frame: wall clock / main thread running ms',
      'within a frame (16 ms)',
    ],
    results.scale.map((s) => [
      s.what,
      s.firstRenderMs,
      s.step,
      s.firstResultsMs,
      s.allResultsMs,
      s.busyStepMs,
      s.mostRenders,
      s.rendersSharingAFrame,
      `${s.slowestRenderMs} (${s.slowestRenderEachLoadMs.join(', ')})`,
      s.slowestRenderRunningEachLoadMs.join(', '),
      overAFrameText(s),
      s.withinAFrame ? 'yes' : 'no',
    ]),
  ),
  '',
  '**Memory**: 100 widgets added and removed, after a first 100 were (the baseline); JavaScript heap after garbage collection in Chromium',
  '',
  table(
    [
      'browser',
      'widgets kept after removal',
      'page alone KB',
      'made once per page KB',
      'baseline KB',
      'with 100 widgets KB',
      'per widget KB',
      'after removing them KB',
      'kept after removal KB',
    ],
    memory.map((m) => [
      m.engine,
      `${m.keptWidgets} of 100`,
      ...(m.pageKB === undefined
        ? ['', '', '', '', '', '', '']
        : [m.pageKB, m.madeOncePerPageKB, m.baselineKB, m.with100WidgetsKB, m.perWidgetKB, m.afterRemovalKB, m.retainedAfterRemovalKB]),
    ]),
  ),
  '',
  `**Lighthouse**, system Chromium: the demo page (every element, strict CSP), and a plain-text library page of ${hostPage.words} words alone, with ten widgets with their fallback content, and with the same holding its first paint for the script (median of ${lighthouseRuns}; each run's performance score in brackets; the worst layout shift). Served gzipped, as a host's server does; the demo, which holds its first paint for the script, with a header that fetches the script's shared part with the page`,
  '',
  table(
    [
      'page',
      'device',
      'performance',
      'accessibility',
      'best practices',
      'largest contentful paint ms',
      'total blocking time ms',
      'layout shift',
    ],
    lighthouseResults.map((l) => [
      l.page,
      l.device === 'phone' ? 'phone, simulated slow 4G and CPU' : 'desktop, no throttling',
      `${l.performance} (${l.scores.join(', ')})`,
      l.accessibility,
      l.bestPractices,
      l.largestContentfulPaintMs,
      l.totalBlockingTimeMs,
      l.cumulativeLayoutShift,
    ]),
  ),
  '',
].join('\n');

// What the figures mean is written by hand below a marker in results.md, and kept from one run to the next.
const notesMarker = '<!-- notes: written by hand, kept by npm run bench -->';
const previous = existsSync(`${root}bench/results.md`) ? readFileSync(`${root}bench/results.md`, 'utf8') : '';
const notes = previous.includes(notesMarker) ? previous.slice(previous.indexOf(notesMarker)) : `${notesMarker}\n`;
mkdirSync(out, { recursive: true });
writeFileSync(`${out}results.json`, `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(`${out}results.md`, `${markdown}\n${notes}`);
console.log(`\n${markdown}\nWritten to ${out}results.json and results.md.`);
