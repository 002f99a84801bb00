/**
 * The script-tag entry: it defines every element, the ones few pages show only once a page has one (src/elements.json
 * says which). The build moves all it imports into a shared chunk, so that it keeps only this call.
 */
import './generated/script-tag-elements.js';
import { recordScriptTagAddress } from './core/snippet.js';

// Snippets made on this page (the library check's) load the script from where this page got it.
recordScriptTagAddress(import.meta.url);
