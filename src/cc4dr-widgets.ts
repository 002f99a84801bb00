/**
 * The script-tag entry: it defines every element, the lists and larger boxes only once a page has one (src/elements.json
 * says which). The build moves all it imports into a content-hashed chunk, so that it keeps only the call below: a host
 * adding `?ver=` to its address loads no module twice (see rollup.config.mjs).
 */
import './generated/script-tag-elements.js';
import { recordScriptTagAddress } from './core/script-address.js';

// Snippets made on this page (the library check's) load the script from where this page got it.
recordScriptTagAddress(import.meta.url);
