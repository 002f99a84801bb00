import { defineElement } from '../core/define.js';
import '../member-badge/define.js';
import { Cc4drMemberFinder } from './member-finder.js';

export { Cc4drMemberFinder };
defineElement('cc4dr-member-finder', Cc4drMemberFinder);
