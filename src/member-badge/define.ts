import { defineElement } from '../core/define.js';
import { Cc4drMemberBadge } from './member-badge.js';

export { Cc4drMemberBadge };
defineElement('cc4dr-member-badge', Cc4drMemberBadge);
