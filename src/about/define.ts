import { defineElement } from '../core/define.js';
import { Cc4drAbout } from './about.js';

export { Cc4drAbout };
defineElement('cc4dr-about', Cc4drAbout);
