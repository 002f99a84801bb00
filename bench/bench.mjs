// `npm run bench`: every figure of our "small and fast" promise, beside its floor, printed as a Markdown table and
// written to bench/results.json and bench/results.md. Speed is measured here, never asserted in the tests.
// Render figures are medians of `runs` page loads in one Chromium process; the machine's load shows in them, so
// compare ratios, not milliseconds, across machines.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromiumArgs, findChromium } from '../scripts/browser.mjs';
import { elements, exampleMarkup } from '../scripts/elements.mjs';
import { bundle, floorSource, measureSizes } from '../scripts/sizes.mjs';
import { serve, strictCsp } from '../scripts/static-server.mjs';
import lighthouse from 'lighthouse';
import puppeteer from 'puppeteer-core';

const root = fileURLToPath(new URL('..', import.meta.url));
const runs = Number(process.env.BENCH_RUNS ?? 11);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const round = (n, digits = 1) => Number(n.toFixed(digits));

const { prerender } = await import(`${root}dist/ssr.js`);

// One of each element in its typical state (the registry's examples), repeated to make pages of 1, 10 and 50 widgets.
const widgets = elements.map((element) => exampleMarkup(element));
const pageOf = (n) => Array.from({ length: n }, (_, i) => widgets[i % widgets.length]).join('\n');

// Records "done" once every widget has rendered and the page is laid out; the static page once it is laid out.
// An element has rendered when its shadow root has content (the example list waits for its examples first). It is
// awaited as defined first: an element the script tag defines on demand (the library check) is upgraded later.
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

/** Loads `body` as a page of the site and returns the page once `window.__done` is set. */
async function load(markup, width = 1280) {
  const page = await browser.newPage();
  await page.setViewport({ width, height: 900 });
  await page.setRequestInterception(true);
  page.on('request', (request) =>
    request.url().endsWith('/bench.html') ? request.respond({ contentType: 'text/html', body: markup }) : request.continue(),
  );
  await page.goto(`${site.origin}/bench.html`);
  await page.waitForFunction(() => window.__done !== undefined, { timeout: 30000 });
  return page;
}

async function timeLoads(markup) {
  const times = [];
  for (let i = 0; i < runs; i += 1) {
    const page = await load(markup);
    times.push(await page.evaluate(() => window.__done));
    await page.close();
  }
  return median(times);
}

console.log(`Measuring (${runs} runs per figure)…`);

// Render: widgets (script tag) against the same content as static HTML (prerendered, no script): the floor.
const render = [];
for (const n of [1, 10, 50]) {
  const content = pageOf(n);
  const { html: staticContent } = await prerender(content);
  const widgetsMs = await timeLoads(html(content + doneWhenRendered, '<script type="module" src="/dist/cc4dr-widgets.js"></script>'));
  const staticMs = await timeLoads(html(staticContent + doneWhenLaidOut));
  render.push({ widgets: n, widgetsMs: round(widgetsMs), staticMs: round(staticMs), ratio: round(widgetsMs / staticMs, 2) });
}

// Where the time of the 10-widget page goes: the script on a page with no widget (download, compile, run, define);
// the first use of an Intl formatter on a page (every widget with a number, date or country name pays it, once per
// page); and Lit's own floor, ten bare LitElements against the same ten paragraphs as static HTML.
const scriptOnlyMs = await timeLoads(html(doneWhenRendered, '<script type="module" src="/dist/cc4dr-widgets.js"></script>'));
mkdirSync(`${root}test-results/bench`, { recursive: true });
writeFileSync(`${root}test-results/bench/floor.js`, Buffer.concat(await bundle('floor', floorSource)));
const floorDone = `<script type="module">await customElements.whenDefined('floor-element');
  await Promise.all([...document.querySelectorAll('floor-element')].map((el) => el.updateComplete));
  document.body.getBoundingClientRect(); window.__done = performance.now();</script>`;
const litFloorMs = await timeLoads(
  html('<floor-element></floor-element>'.repeat(10) + floorDone, '<script type="module" src="/test-results/bench/floor.js"></script>'),
);
const litFloorStaticMs = await timeLoads(html('<floor-element><p>floor</p></floor-element>'.repeat(10) + doneWhenLaidOut));
const firstIntlTimes = [];
for (let i = 0; i < runs; i += 1) {
  const page = await browser.newPage();
  await page.goto('about:blank');
  firstIntlTimes.push(
    await page.evaluate(() => {
      const start = performance.now();
      new Intl.NumberFormat('en').format(1234);
      return performance.now() - start;
    }),
  );
  await page.close();
}
const renderCosts = {
  scriptOnlyMs: round(scriptOnlyMs),
  firstIntlFormatterMs: round(median(firstIntlTimes)),
  litFloorTenMs: round(litFloorMs),
  litFloorTenStaticMs: round(litFloorStaticMs),
  litFloorRatio: round(litFloorMs / litFloorStaticMs, 2),
};

// Scale: a library's thousands of examples, a network of ten thousand cities. Each step is timed until the element
// has rendered and the page is laid out; the longest step is what a reader would feel.
const scalePage = await load(html(doneWhenLaidOut, '<script type="module" src="/dist/cc4dr-widgets.js"></script>'));
const scale = await scalePage.evaluate(async (runs) => {
  const { syntheticExamples, syntheticMembers } = await import('/test/fixtures/synthetic.js');
  await customElements.whenDefined('cc4dr-example-list');
  const settle = async (el) => {
    await el.updateComplete;
    document.body.getBoundingClientRect();
  };
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const results = [];
  // The schema checks are a lazy chunk: load it once first, so that the figures are of the work, not of a download.
  const warmUp = document.createElement('cc4dr-example-list');
  warmUp.examples = syntheticExamples(25);
  document.body.append(warmUp);
  while (!warmUp.shadowRoot.querySelector('[part~="more"]')) await new Promise((r) => setTimeout(r));
  warmUp.remove();
  for (const n of [1000, 10000]) {
    const list = document.createElement('cc4dr-example-list');
    const examples = syntheticExamples(n);
    let start = performance.now();
    list.examples = examples;
    document.body.append(list);
    // Rendered with the library's examples: each record was checked against the schema first.
    while (!list.shadowRoot.querySelector('[part~="more"]')) await new Promise((r) => setTimeout(r));
    document.body.getBoundingClientRect();
    const firstRender = performance.now() - start;
    const filterTimes = [];
    const principles = ['privacy', 'access', 'transparency', 'participation', 'standards'];
    for (let i = 0; i < runs; i += 1) {
      start = performance.now();
      list.principle = principles[i % principles.length];
      list.city = i % 2 ? 'Wien' : '';
      await settle(list);
      filterTimes.push(performance.now() - start);
    }
    results.push({
      what: `example list, ${n.toLocaleString('en')} examples`,
      firstRenderMs: firstRender,
      stepMs: median(filterTimes),
      worstStepMs: Math.max(...filterTimes),
      step: 'apply a filter',
    });
    list.remove();
  }
  const finder = document.createElement('cc4dr-member-finder');
  let start = performance.now();
  finder.members = syntheticMembers(10000);
  document.body.append(finder);
  while (!finder.shadowRoot.querySelector('[part~="count"]')?.textContent.includes('10,051')) await new Promise((r) => setTimeout(r));
  document.body.getBoundingClientRect();
  const firstRender = performance.now() - start;
  const input = finder.shadowRoot.querySelector('input');
  const keyTimes = [];
  const typed = 'testville 42';
  for (let round = 0; round < Math.max(1, Math.ceil(runs / typed.length)); round += 1) {
    for (let i = 1; i <= typed.length; i += 1) {
      start = performance.now();
      input.value = typed.slice(0, i);
      input.dispatchEvent(new Event('input'));
      await settle(finder);
      keyTimes.push(performance.now() - start);
    }
  }
  results.push({
    what: 'member finder, 10,000 cities',
    firstRenderMs: firstRender,
    stepMs: median(keyTimes),
    worstStepMs: Math.max(...keyTimes),
    step: 'a keystroke',
  });
  return results;
}, runs);
await scalePage.close();

// Memory: the heap after rendering 100 widgets, and after removing them again (a leak would keep it up). A first
// round is rendered and removed before the baseline: what stays from it is made once per page (the lazy modules,
// Lit's parsed templates), not per widget.
const memoryPage = await load(
  html(
    doneWhenRendered.replace('const all', 'window.__ready = true; const all'),
    '<script type="module" src="/dist/cc4dr-widgets.js"></script>',
  ),
);
const cdp = await memoryPage.createCDPSession();
const heap = async () => {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
};
const addWidgets = (markup) =>
  memoryPage.evaluate(async (markup) => {
    const box = document.createElement('div');
    box.id = 'box';
    box.innerHTML = markup; // The benchmark's own fixed markup, on a page without Trusted Types.
    document.body.append(box);
    await Promise.all([...box.children].map(window.rendered));
  }, markup);
const removeWidgets = () => memoryPage.evaluate(() => document.getElementById('box').remove());
const pageOnly = await heap();
await addWidgets(pageOf(100));
await removeWidgets();
const baseline = await heap();
await addWidgets(pageOf(100));
const withWidgets = await heap();
await removeWidgets();
const afterRemoval = await heap();
await memoryPage.close();
const memory = {
  pageKB: round(pageOnly / 1024, 0),
  madeOncePerPageKB: round((baseline - pageOnly) / 1024, 0),
  baselineKB: round(baseline / 1024, 0),
  with100WidgetsKB: round(withWidgets / 1024, 0),
  afterRemovalKB: round(afterRemoval / 1024, 0),
  perWidgetKB: round((withWidgets - baseline) / 1024 / 100, 1),
  retainedAfterRemovalKB: round((afterRemoval - baseline) / 1024, 0),
};

await browser.close();
site.server.close();

// Lighthouse on the demo page, as `npm start` serves it (strict CSP), in the system Chromium: on a simulated phone
// with Lighthouse's default slow network and CPU, and on a desktop with no throttling.
const demoSite = await serve(root, { home: '/demo/', headers: () => ({ 'content-security-policy': strictCsp }) });
const lighthouseRuns = [];
for (const [device, flags] of [
  ['phone, simulated slow 4G and CPU', { formFactor: 'mobile' }],
  ['desktop, no throttling', { formFactor: 'desktop', screenEmulation: { disabled: true }, throttlingMethod: 'provided' }],
]) {
  const chromium = await puppeteer.launch({
    executablePath: findChromium(),
    headless: true,
    args: [...chromiumArgs, '--remote-debugging-port=0'],
  });
  const port = Number(new URL(chromium.wsEndpoint()).port);
  const { lhr } = await lighthouse(`${demoSite.origin}/demo/`, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices'],
    ...flags,
  });
  await chromium.close();
  const score = (id) => Math.round(lhr.categories[id].score * 100);
  lighthouseRuns.push({
    device,
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    largestContentfulPaintMs: Math.round(lhr.audits['largest-contentful-paint'].numericValue),
    cumulativeLayoutShift: round(lhr.audits['cumulative-layout-shift'].numericValue, 3),
  });
}
demoSite.server.close();

// Size, from the build.
const sizes = await measureSizes();
const kb = (bytes) => round(bytes / 1024, 1);
const floorGzip = sizes.floor.gzip;
const sizeRows = [
  { what: 'floor: a bare LitElement, built the same way', ...sizes.floor },
  { what: 'script tag: dist/cc4dr-widgets.js and its core chunk (every element)', ...sizes.scriptTag, target: 20 * 1024 },
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

const results = {
  measured: new Date().toISOString(),
  machine: { chromium: (await import('node:child_process')).execFileSync(findChromium(), ['--version']).toString().trim(), runs },
  targets: {
    scriptTagGzipKB: 20,
    elementEntryGzipKB: 8,
    tenWidgetsRenderRatio: 1.3,
    filterTenThousandExamplesMs: 16,
    lighthousePerformance: 98,
    lighthouseAccessibility: 100,
  },
  size: sizeRows,
  render,
  renderCosts,
  scale: scale.map((s) => ({
    ...s,
    firstRenderMs: round(s.firstRenderMs),
    stepMs: round(s.stepMs),
    worstStepMs: round(s.worstStepMs),
    withinAFrame: s.worstStepMs <= 16,
  })),
  memory,
  lighthouse: lighthouseRuns,
};

const table = (header, rows) =>
  [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
const markdown = [
  '# Performance',
  '',
  `Figures from \`npm run bench\` (Chromium; speed is measured here, never asserted in the tests; sizes have budgets that the tests hold). What they mean is below the tables.`,
  '',
  `Measured ${results.measured.slice(0, 10)} with ${results.machine.chromium}, median of ${runs} runs.`,
  '',
  '**Size** (gzip; the floor is a bare LitElement built the same way)',
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
  '**Render**: from navigation to every widget rendered and laid out, against the same content as static HTML (prerendered, no script)',
  '',
  table(
    ['widgets', 'widgets ms', 'static HTML ms', 'ratio'],
    results.render.map((r) => [
      r.widgets,
      r.widgetsMs,
      r.staticMs,
      `${r.ratio}${r.widgets === 10 ? ` (target ≤ ${results.targets.tenWidgetsRenderRatio})` : ''}`,
    ]),
  ),
  '',
  `Where the time goes: the script on a page with no widget ${renderCosts.scriptOnlyMs} ms; the first Intl formatter on a ` +
    `page ${renderCosts.firstIntlFormatterMs} ms (once per page); Lit's own floor, ten bare LitElements, ` +
    `${renderCosts.litFloorTenMs} ms against ${renderCosts.litFloorTenStaticMs} ms as static HTML (${renderCosts.litFloorRatio}×).`,
  '',
  '**Scale**: first render includes checking every record against the schema; a step is rendered and laid out',
  '',
  table(
    ['what', 'first render ms', 'step', 'median step ms', 'slowest step ms', 'within a frame (16 ms)'],
    results.scale.map((s) => [s.what, s.firstRenderMs, s.step, s.stepMs, s.worstStepMs, s.withinAFrame ? 'yes' : 'no']),
  ),
  '',
  '**Memory** (JavaScript heap after garbage collection; the baseline is after a first 100 were rendered and removed)',
  '',
  table(
    [
      'page alone KB',
      'made once per page KB',
      'baseline KB',
      'with 100 widgets KB',
      'per widget KB',
      'after removing them KB',
      'kept after removal KB',
    ],
    [
      [
        memory.pageKB,
        memory.madeOncePerPageKB,
        memory.baselineKB,
        memory.with100WidgetsKB,
        memory.perWidgetKB,
        memory.afterRemovalKB,
        memory.retainedAfterRemovalKB,
      ],
    ],
  ),
  '',
  '**Lighthouse** on the demo page (strict CSP), system Chromium (targets: performance ≥ 98, accessibility 100)',
  '',
  table(
    ['device', 'performance', 'accessibility', 'best practices', 'largest contentful paint ms', 'layout shift'],
    lighthouseRuns.map((l) => [
      l.device,
      l.performance,
      l.accessibility,
      l.bestPractices,
      l.largestContentfulPaintMs,
      l.cumulativeLayoutShift,
    ]),
  ),
  '',
].join('\n');

// What the figures mean is written by hand below a marker in results.md, and kept from one run to the next.
const notesMarker = '<!-- notes: written by hand, kept by npm run bench -->';
const previous = existsSync(`${root}bench/results.md`) ? readFileSync(`${root}bench/results.md`, 'utf8') : '';
const notes = previous.includes(notesMarker) ? previous.slice(previous.indexOf(notesMarker)) : `${notesMarker}\n`;
mkdirSync(`${root}bench`, { recursive: true });
writeFileSync(`${root}bench/results.json`, `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(`${root}bench/results.md`, `${markdown}\n${notes}`);
console.log(`\n${markdown}\nWritten to bench/results.json and bench/results.md.`);
