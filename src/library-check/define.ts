import { defineElement } from '../core/define.js';
import { Cc4drLibraryCheck } from './library-check.js';

export { Cc4drLibraryCheck };
defineElement('cc4dr-library-check', Cc4drLibraryCheck);
