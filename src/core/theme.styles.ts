import { css } from 'lit';

// Every colour, space and radius is a --cc4dr-* custom property with a light and a dark default.
// Elements use only the private --_* names below, so a host override applies everywhere at once.
const light = css`
  --_background: var(--cc4dr-color-background, #ffffff);
  --_text: var(--cc4dr-color-text, #1d2126);
  --_muted: var(--cc4dr-color-muted, #4b525c);
  --_accent: var(--cc4dr-color-accent, #0a5c8f);
  --_on-accent: var(--cc4dr-color-on-accent, #ffffff);
  --_border: var(--cc4dr-color-border, #b9c1cb);
  --_surface: var(--cc4dr-color-surface, #eef3f7);
  --_link: var(--cc4dr-color-link, #0b57a4);
  --_focus: var(--cc4dr-color-focus, #0b57a4);
  --_warning: var(--cc4dr-color-warning, #8a4b00);
`;

const dark = css`
  --_background: var(--cc4dr-color-background, #15191e);
  --_text: var(--cc4dr-color-text, #eef1f4);
  --_muted: var(--cc4dr-color-muted, #b7bfc9);
  --_accent: var(--cc4dr-color-accent, #7fc3f0);
  --_on-accent: var(--cc4dr-color-on-accent, #0d1b26);
  --_border: var(--cc4dr-color-border, #5b6470);
  --_surface: var(--cc4dr-color-surface, #222a33);
  --_link: var(--cc4dr-color-link, #94caff);
  --_focus: var(--cc4dr-color-focus, #94caff);
  --_warning: var(--cc4dr-color-warning, #ffc46b);
`;

export const themeStyles = css`
  :host {
    ${light}
    --_space: var(--cc4dr-space, 1rem);
    --_radius: var(--cc4dr-radius, 0.5rem);
    display: block;
    color: var(--_text);
    line-height: 1.5;
    overflow-wrap: anywhere;
  }
  :host([theme='dark']) {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${dark}
    }
  }
  /* On paper: light colours whatever the theme, the address after each link, no controls that only work on screen. */
  @media print {
    :host,
    :host([theme='dark']) {
      ${light}
      --_background: #ffffff;
      --_text: #000000;
      --_link: #000000;
    }
    a[href^='http']::after,
    a[href^='mailto:']::after {
      content: ' (' attr(href) ')';
      font-size: 0.875em;
      overflow-wrap: anywhere;
    }
    .screen-only {
      display: none !important;
    }
  }
  :host([hidden]) {
    display: none;
  }
  /* A page's colour on the host (even an !important one) must not reach text drawn on the widget's own background. */
  :host > * {
    color: var(--_text);
  }
  * {
    box-sizing: border-box;
  }
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0;
    font-size: 1.15em;
    line-height: 1.3;
  }
  p,
  ul {
    margin: 0;
  }
  a {
    color: var(--_link);
    text-underline-offset: 0.15em;
  }
  /* One focus ring for every control of every element. */
  a:focus-visible,
  button:focus-visible,
  input:focus-visible,
  select:focus-visible,
  textarea:focus-visible,
  [tabindex]:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  a:focus-visible {
    border-radius: 2px;
  }
  h4,
  h5,
  h6 {
    font-size: 1em;
  }
  .box {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
  }
  .accent-top {
    border-block-start: 4px solid var(--_accent);
  }
  .links {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 1em;
    padding: 0;
    list-style: none;
  }
  .links a,
  .target {
    display: inline-flex;
    align-items: center;
    min-block-size: 24px;
  }
  .control,
  .button {
    min-block-size: 2.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_text);
    font: inherit;
  }
  .button {
    padding: 0.5em 0.9em;
    cursor: pointer;
  }
  .status:empty {
    display: none;
  }
  .message {
    padding: calc(var(--_space) * 0.75);
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_warning);
    border-radius: var(--_radius);
    background: var(--_background);
  }
`;
