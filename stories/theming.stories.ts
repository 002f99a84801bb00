import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

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

// Each site sets its own colours once; the widgets inside follow. Inline styles are fine in Storybook, which has no CSP.
const sites = html`
  <style>
    .sites { display: grid; gap: 1rem; grid-template-columns: repeat(auto-fit, minmax(min(100%, 20rem), 1fr)); }
    .site { display: grid; gap: 0.75rem; align-content: start; padding: 1rem; border-radius: 0.5rem; }
    .site h2 { margin: 0; font-size: 1.2rem; }
    .library {
      font-family: Georgia, 'Times New Roman', serif;
      background: #fffaf3;
      color: #2b2118;
      --cc4dr-color-background: #fffaf3;
      --cc4dr-color-text: #2b2118;
      --cc4dr-color-accent: #8c2f1b;
      --cc4dr-color-link: #8c2f1b;
      --cc4dr-color-focus: #8c2f1b;
      --cc4dr-color-border: #d9c7b3;
      --cc4dr-radius: 0.25rem;
    }
    .portal {
      font-family: system-ui, sans-serif;
      background: #101820;
      color: #f3f5f7;
      --cc4dr-color-accent: #ffd166;
      --cc4dr-color-on-accent: #101820;
      --cc4dr-color-link: #9ad1ff;
      --cc4dr-color-focus: #ffd166;
      --cc4dr-radius: 0;
    }
    .makerspace {
      font-family: ui-rounded, 'Trebuchet MS', sans-serif;
      background: #ffffff;
      color: #000000;
      border: 2px solid #000000;
      --cc4dr-color-accent: #000000;
      --cc4dr-color-border: #000000;
      --cc4dr-color-link: #000000;
      --cc4dr-color-surface: #f2f2f2;
      --cc4dr-radius: 1rem;
      --cc4dr-space: 1.25rem;
    }
    .makerspace cc4dr-principle-card::part(title) { text-transform: uppercase; letter-spacing: 0.04em; }
  </style>
  <div class="sites">
    <section class="site library" aria-labelledby="site-library">
      <h2 id="site-library">Riverside Public Library</h2>
      <cc4dr-member-badge city="Vienna" theme="light"></cc4dr-member-badge>
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
