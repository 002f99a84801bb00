/**
 * Typed JSX for React 19, which renders custom elements directly: import this entry once, for types only
 * (`import type {} from 'cc4dr-widgets/jsx'`). It is separate so that users without React never need its types.
 */
import type { DOMAttributes, HTMLAttributes, Key, Ref } from 'react';
import type { Cc4drEventMap } from './core/events.js';
import type { Cc4drTags } from './core/tags.js';
// Loads the elements' HTMLElementTagNameMap entries, which Cc4drTags reads.
import type {} from './index.js';

/** The element's own public properties (React 19 sets them as properties), plus ordinary HTML attributes. */
type ElementProps<T extends HTMLElement> = Partial<Omit<T, keyof HTMLElement>> &
  Omit<HTMLAttributes<T>, keyof DOMAttributes<T>> &
  Pick<DOMAttributes<T>, 'children' | 'onClick' | 'onFocus' | 'onBlur' | 'onKeyDown'> & {
    key?: Key;
    ref?: Ref<T>;
    /** React 19 adds a listener for a custom event from a prop named `on` + the event name. */
    'oncc4dr-city-select'?: (event: Cc4drEventMap['cc4dr-city-select']) => void;
  };

type Cc4drIntrinsicElements = { [K in keyof Cc4drTags]: ElementProps<Cc4drTags[K]> };

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends Cc4drIntrinsicElements {}
  }
}
