import { defineElement } from '../core/define.js';
import { Cc4drGetInvolved } from './get-involved.js';

export { Cc4drGetInvolved };
defineElement('cc4dr-get-involved', Cc4drGetInvolved);
