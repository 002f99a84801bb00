/// <reference types="node" />
// cc4dr-widgets/ssr: prerenders cc4dr elements in Node as HTML with declarative shadow DOM, for static sites and
// server templates.
import '@lit-labs/ssr/lib/install-global-dom-shim.js';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import { createHash } from 'node:crypto';
import { bundledExamples, mapOutline } from './core/data.js';
import { loadLocale, supportedLocales } from './core/l10n.js';
import { loadPlaces } from './core/places.js';
import { setServerPageLanguage } from './core/locale.js';
import { checkMessages } from './library-check/language.js';

export interface PrerenderOptions {
  /**
   * The language of the page the HTML goes into (its `<html lang>`). Elements without a `lang` attribute of their own
   * render in it, as they would in the browser. Default `en`.
   */
  lang?: string;
}

export interface Prerendered {
  /** The fragment with each cc4dr element's shadow root written out as `<template shadowrootmode="open">`. */
  html: string;
  /** A `'sha256-…'` source for each distinct inline stylesheet, for the `style-src` of a Content-Security-Policy. */
  styleHashes: string[];
  /** cc4dr tags in the fragment that are not elements of this version, left as they were. */
  unknownTags: string[];
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Prerenders an HTML fragment: every cc4dr element in it gets its shadow root as declarative shadow DOM, and the rest
 * (each element's fallback content too) is kept as it was. The page then loads the library as usual, and each
 * element takes over its prerendered markup. A library's own records (`src`, inline JSON, properties) are added in the
 * browser; the prerendered HTML shows the bundled data.
 */
export function prerender(fragment: string, options: PrerenderOptions = {}): Promise<Prerendered> {
  // The page language is one setting for the whole render: renders take turns.
  const result = queue.then(() => renderFragment(fragment, options));
  queue = result.catch(() => undefined);
  return result;
}

async function renderFragment(fragment: string, { lang = 'en' }: PrerenderOptions): Promise<Prerendered> {
  // The elements load only once the DOM shim is complete: it finishes asynchronously, so a static import could run
  // first and register them where the renderer does not look.
  await import('./define.js');
  // Whatever an element may need is loaded first: on the server each element renders once, at once.
  await Promise.all([
    ...supportedLocales.flatMap((locale) => [loadLocale(locale), checkMessages.load(locale)]),
    bundledExamples.load(),
    mapOutline.load(),
    loadPlaces(),
  ]);
  setServerPageLanguage(lang);
  try {
    const output = withoutOuterMarkers(await collectResult(render(html`${unsafeStatic(withLevelsFromHeadings(fragment))}`)));
    return { html: output, styleHashes: styleHashes(output), unknownTags: unknownTags(fragment) };
  } finally {
    setServerPageLanguage('en');
  }
}

/**
 * In the browser, an element without `heading-level` takes one below the nearest heading before it; a server sees
 * only the fragment, so it writes that level out where the fragment's own headings give it (the browser then finds
 * the same). Where no heading comes before an element in the fragment, the browser decides.
 */
function withLevelsFromHeadings(fragment: string): string {
  let last: number | undefined;
  return fragment.replace(
    /<h([1-6])\b[^>]*>|<(cc4dr-[a-z0-9-]+)(\s[^>]*)?>/gi,
    (tag: string, heading: string | undefined, name: string, attributes: string | undefined = '') => {
      if (heading) {
        last = Number(heading);
        return tag;
      }
      const element = customElements.get(name.toLowerCase()) as { elementProperties?: Map<PropertyKey, unknown> } | undefined;
      if (last === undefined || !element?.elementProperties?.has('headingLevel') || /\sheading-level\s*=/i.test(attributes)) return tag;
      return `<${name} heading-level="${Math.min(Math.max(last + 1, 2), 6)}"${attributes}>`;
    },
  );
}

/** Lit marks the whole fragment as one template part; a fragment pasted into a page has no use for that mark. */
function withoutOuterMarkers(output: string): string {
  const match = /^<!--lit-part [^>]*-->([\s\S]*)<!--\/lit-part-->$/.exec(output);
  return match ? match[1] : output;
}

function styleHashes(output: string): string[] {
  const hashes = [...output.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(
    ([, text]) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`,
  );
  return [...new Set(hashes)];
}

function unknownTags(fragment: string): string[] {
  const tags = [...fragment.matchAll(/<(cc4dr-[a-z0-9-]*)/gi)].map(([, tag]) => tag.toLowerCase());
  return [...new Set(tags)].filter((tag) => !customElements.get(tag));
}
