import { defineElement } from '../core/define.js';
import { Cc4drExampleList } from './example-list.js';

export { Cc4drExampleList };
defineElement('cc4dr-example-list', Cc4drExampleList);
