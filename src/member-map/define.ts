import { defineElement } from '../core/define.js';
import { Cc4drMemberMap } from './member-map.js';

export { Cc4drMemberMap };
defineElement('cc4dr-member-map', Cc4drMemberMap);
