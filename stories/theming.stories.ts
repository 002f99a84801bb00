import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './theming.css';

/**
 * The widgets take their colours, spacing and corners from `--cc4dr-*` custom properties and inherit the page's font,
 * so a site themes every widget at once from its own CSS, without reaching into their shadow roots. `::part()`
 * selectors restyle single blocks. See the README's theme reference for every property with its light and dark
 * values, and every part.
 */
const meta: Meta = {
  title: 'Guides/Theming',
  tags: ['!autodocs'],
};
export default meta;

// Each site sets its own colours once (theming.css); the widgets inside follow.
const sites = html`
  <div class="sites">
    <section class="site library" aria-labelledby="site-library">
      <h2 id="site-library">Riverside Public Library</h2>
      <cc4dr-member-badge city="Vienna" country="AT" theme="light"></cc4dr-member-badge>
      <cc4dr-principle-card principle="access" compact theme="light"></cc4dr-principle-card>
    </section>
    <section class="site portal" aria-labelledby="site-portal">
      <h2 id="site-portal">City of Northport: digital services</h2>
      <cc4dr-member-badge city="Barcelona" theme="dark"></cc4dr-member-badge>
      <cc4dr-principle-card principle="privacy" compact theme="dark"></cc4dr-principle-card>
    </section>
    <section class="site makerspace" aria-labelledby="site-makerspace">
      <h2 id="site-makerspace">Eastside Community Makerspace</h2>
      <cc4dr-member-badge city="Helsinki" theme="light"></cc4dr-member-badge>
      <cc4dr-principle-card principle="participation" compact theme="light"></cc4dr-principle-card>
    </section>
  </div>
`;

/** One look, three sites: a library with a serif font and warm colours, a dark city portal, a monochrome makerspace. */
export const ThreeSites: StoryObj = { render: () => sites };
