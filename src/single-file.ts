/**
 * The single-file build's entry (dist/cc4dr-widgets.single.js): every element defined at once and every chunk inlined,
 * for hosts that cannot hold a folder.
 */
import './generated/define-elements.js';
import { recordScriptTagAddress } from './core/script-address.js';

// Snippets made on this page (the library check's) load the script from where this page got it.
recordScriptTagAddress(import.meta.url);
