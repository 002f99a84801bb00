/**
 * The script-tag entry: one self-contained module that defines every element, the ones few pages show only once a page
 * has one (src/elements.json says which).
 */
import './generated/script-tag-elements.js';
import { recordScriptTagAddress } from './core/snippet.js';

// Snippets made on this page (the library check's) load the script from where this page got it.
recordScriptTagAddress(import.meta.url);
