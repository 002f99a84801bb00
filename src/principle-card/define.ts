import { defineElement } from '../core/define.js';
import { Cc4drPrincipleCard } from './principle-card.js';

export { Cc4drPrincipleCard };
defineElement('cc4dr-principle-card', Cc4drPrincipleCard);
