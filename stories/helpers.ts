import type { Decorator } from '@storybook/web-components-vite';
import { html } from 'lit';

/** Shows a story on a dark page, as a host site with a dark design would. */
export const onDarkPage: Decorator = (story) =>
  html`<div style="background:#0f1114;color:#eef1f4;padding:1rem;border-radius:0.5rem">${story()}</div>`;

/** The `theme` control: none (the default, the page's colour scheme), `auto` (the reader's), `light` or `dark`. */
export const themeArgType = {
  control: { type: 'inline-radio', labels: { '': 'none: the page’s' } },
  options: ['', 'auto', 'light', 'dark'],
} as const;
export const headingLevels = [2, 3, 4, 5, 6];
