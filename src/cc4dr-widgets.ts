/**
 * The script-tag entry: one self-contained module that defines every element, the ones few pages show only once a page
 * has one (src/elements.json says which).
 */
import './generated/script-tag-elements.js';
