// A small Vue 3 app that uses every element: properties, attributes, an event. Built by test/node/vue.test.mjs.
// Render functions, not templates: Vue's runtime template compiler needs eval, which a strict CSP forbids.
import type {} from '../../src/vue-types.js';
import { createApp, defineComponent, h, ref } from 'vue';
import '../../src/define.js';
import type { Member } from '../../src/index.js';
import { ownExample } from './own-example.js';

const App = defineComponent({
  setup() {
    const chosen = ref('none');
    return () =>
      h('main', [
        h('cc4dr-principle-card', { principle: 'privacy', headingLevel: 2 }),
        h('cc4dr-example-list', { examples: [ownExample('Vue')], city: 'Vienna' }),
        h('cc4dr-member-badge', { city: 'Wien', compact: true }),
        h('cc4dr-member-finder', {
          query: 'vie',
          onCc4drCitySelect: (event: CustomEvent<Member>) => (chosen.value = event.detail.name),
        }),
        h('cc4dr-member-map', { highlight: chosen.value === 'none' ? 'Barcelona' : chosen.value }),
        h('cc4dr-get-involved', { city: 'Vienna', country: 'AT' }),
        h('cc4dr-about', { compact: true }),
        h('p', { id: 'chosen' }, chosen.value),
      ]);
  },
});

createApp(App).mount('#app');
