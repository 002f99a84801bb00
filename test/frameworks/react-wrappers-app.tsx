// The React app of react-app.tsx again, with the components of cc4dr-widgets/react (for React before 19).
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { About, ExampleList, GetInvolved, MemberBadge, MemberFinder, MemberMap, PrincipleCard } from '../../src/react.js';
import { ownExample } from './own-example.js';

function App() {
  const [chosen, setChosen] = useState<string>('none');
  return (
    <main>
      <PrincipleCard principle="privacy" headingLevel={2} />
      <ExampleList examples={[ownExample('React')]} city="Vienna" />
      <MemberBadge city="Wien" compact />
      <MemberFinder query="vie" onCitySelect={(event) => setChosen(event.detail.name)} />
      <MemberMap highlight={chosen === 'none' ? 'Barcelona' : chosen} />
      <GetInvolved city="Vienna" country="AT" />
      <About compact />
      <p id="chosen">{chosen}</p>
    </main>
  );
}

createRoot(document.getElementById('app')!).render(<App />);
