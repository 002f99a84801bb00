/** The script-tag entry: one self-contained module that defines every element. */
import './define.js';
