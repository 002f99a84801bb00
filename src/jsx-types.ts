/**
 * Typed JSX for React 19, which renders custom elements directly: import this entry once, for types only
 * (`import type {} from 'cc4dr-widgets/jsx'`). It is separate so that users without React never need its types.
 */
import type { DOMAttributes, HTMLAttributes, Key, Ref } from 'react';
import type { Cc4drEventMap } from './core/events.js';
import type {
  Cc4drAbout,
  Cc4drExampleList,
  Cc4drGetInvolved,
  Cc4drMemberBadge,
  Cc4drMemberFinder,
  Cc4drMemberMap,
  Cc4drPrincipleCard,
} from './index.js';

/** The element's own public properties (React 19 sets them as properties), plus ordinary HTML attributes. */
type ElementProps<T extends HTMLElement> = Partial<Omit<T, keyof HTMLElement>> &
  Omit<HTMLAttributes<T>, keyof DOMAttributes<T>> &
  Pick<DOMAttributes<T>, 'children' | 'onClick' | 'onFocus' | 'onBlur' | 'onKeyDown'> & {
    key?: Key;
    ref?: Ref<T>;
    /** React 19 adds a listener for a custom event from a prop named `on` + the event name. */
    'oncc4dr-city-select'?: (event: Cc4drEventMap['cc4dr-city-select']) => void;
  };

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'cc4dr-principle-card': ElementProps<Cc4drPrincipleCard>;
      'cc4dr-example-list': ElementProps<Cc4drExampleList>;
      'cc4dr-member-badge': ElementProps<Cc4drMemberBadge>;
      'cc4dr-member-finder': ElementProps<Cc4drMemberFinder>;
      'cc4dr-member-map': ElementProps<Cc4drMemberMap>;
      'cc4dr-get-involved': ElementProps<Cc4drGetInvolved>;
      'cc4dr-about': ElementProps<Cc4drAbout>;
    }
  }
}
