/**
 * The script-tag entry: it defines every element, the lists and larger boxes only once a page has one (src/elements.json
 * says which). The build moves all it imports into a content-hashed chunk, so that it keeps only the call below: a host
 * adding `?ver=` to its address loads no module twice (see rollup.config.mjs).
 */
import { defineScriptTagElements } from './generated/script-tag-elements.js';

// Snippets made on this page (the library check's) load the script from where this page got it; and a page that holds
// its first paint for this file is known by it.
defineScriptTagElements(import.meta.url);
