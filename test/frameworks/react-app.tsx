// A small React 19 app that uses every element: properties, attributes, an event. Built by test/node/react.test.mjs.
import type {} from '../../src/jsx-types.js';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import '../../src/define.js';
import type { Example, Member } from '../../src/index.js';

const ownExample: Example = {
  id: 'react-example',
  title: 'Set from React as a property',
  city: 'Vienna',
  country: 'AT',
  year: 2026,
  principles: ['access'],
  category: 'digital-skills',
  libraries: true,
  summary: 'An example a developer gives through the examples property.',
  sources: [{ url: 'https://library.example.org/react', title: 'React page' }],
  checked: '2026-11-01',
};

function App() {
  const [chosen, setChosen] = useState<string>('none');
  return (
    <main>
      <cc4dr-principle-card principle="privacy" headingLevel={2} />
      <cc4dr-example-list examples={[ownExample]} city="Vienna" />
      <cc4dr-member-badge city="Wien" compact />
      <cc4dr-member-finder query="vie" oncc4dr-city-select={(event) => setChosen((event.detail as Member).name)} />
      <cc4dr-member-map highlight={chosen === 'none' ? 'Barcelona' : chosen} />
      <cc4dr-get-involved city="Vienna" />
      <cc4dr-about compact />
      <p id="chosen">{chosen}</p>
    </main>
  );
}

createRoot(document.getElementById('app')!).render(<App />);
