// cc4dr-widgets/react: React components for every element, made with @lit/react, for React before 19 (React 19
// renders the elements directly; see cc4dr-widgets/jsx). Properties are set as properties, and each event is a prop
// named `on` + the event's name (`onCitySelect`). Importing this module registers the elements.
import './define.js';

export * from './generated/react-components.js';
