import type { Example } from '../../src/index.js';

/** The record each framework app gives through the examples property. */
export function ownExample(framework: string): Example {
  return {
    id: `${framework.toLowerCase()}-example`,
    title: `Set from ${framework} as a property`,
    city: 'Vienna',
    country: 'AT',
    year: 2026,
    principles: ['access'],
    category: 'digital-skills',
    libraries: true,
    summary: 'An example a developer gives through the examples property.',
    sources: [{ url: 'https://library.example.org/app', title: 'App page' }],
    checked: '2026-11-01',
  };
}
