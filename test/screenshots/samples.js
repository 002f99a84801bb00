/** What each screenshot shows: one typical state of each element. */
export const samples = {
  'principle-card': ['cc4dr-principle-card', { principle: 'privacy' }],
  'example-list': ['cc4dr-example-list', { limit: '2', libraries: '' }],
  'member-badge': ['cc4dr-member-badge', { city: 'Vienna' }],
  'member-finder': ['cc4dr-member-finder', { query: 'bor' }],
  'member-map': ['cc4dr-member-map', { highlight: 'Vienna' }],
  'get-involved': ['cc4dr-get-involved', { city: 'Vienna' }],
  about: ['cc4dr-about', {}],
};
