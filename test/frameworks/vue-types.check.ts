// Compile-time checks of the Vue types entry (type-checked by npm test; nothing here runs).
import type {} from '../../src/vue-types.js';
import type { GlobalComponents } from 'vue';

type Props<K extends keyof GlobalComponents> = InstanceType<GlobalComponents[K]>['$props'];

export const badge: Props<'cc4dr-member-badge'> = { city: 'Wien', compact: true };
export const card: Props<'cc4dr-principle-card'> = { principle: 'privacy', headingLevel: 2 };
export const finder: Props<'cc4dr-member-finder'> = { query: 'vie', onCc4drCitySelect: (event) => event.detail.name };
// @ts-expect-error city is a string
export const wrongCity: Props<'cc4dr-member-badge'> = { city: 5 };
// @ts-expect-error heading-level is a number
export const wrongLevel: Props<'cc4dr-principle-card'> = { headingLevel: 'two' };
