// A small React 19 app that uses every element: properties, attributes, an event. Built by test/node/react.test.mjs.
import type {} from '../../src/jsx-types.js';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import '../../src/define.js';
import { ownExample } from './own-example.js';

function App() {
  const [chosen, setChosen] = useState<string>('none');
  return (
    <main>
      <cc4dr-principle-card principle="privacy" headingLevel={2} />
      <cc4dr-example-list examples={[ownExample('React')]} city="Vienna" />
      <cc4dr-member-badge city="Wien" compact />
      <cc4dr-member-finder query="vie" oncc4dr-city-select={(event) => setChosen(event.detail.name)} />
      <cc4dr-member-map highlight={chosen === 'none' ? 'Barcelona' : chosen} />
      <cc4dr-get-involved city="Vienna" country="AT" />
      <cc4dr-about compact />
      <p id="chosen">{chosen}</p>
    </main>
  );
}

createRoot(document.getElementById('app')!).render(<App />);
