/** What the script-tag entry loads: every element defined (see src/cc4dr-widgets.ts), and where it came from. */
import './generated/script-tag-elements.js';

export { recordScriptTagAddress } from './core/snippet.js';
