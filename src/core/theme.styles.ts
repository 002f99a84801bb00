import { css } from 'lit';

// Every colour, space and radius is a --cc4dr-* custom property; a colour's default is a light and a dark value, and
// light-dark() picks one by the widget's colour scheme. Elements use only the private --_* names below, so a host
// override applies everywhere at once.
const colours = css`
  --_background: var(--cc4dr-color-background, light-dark(#ffffff, #15191e));
  --_text: var(--cc4dr-color-text, light-dark(#1d2126, #eef1f4));
  --_muted: var(--cc4dr-color-muted, light-dark(#4b525c, #b7bfc9));
  --_accent: var(--cc4dr-color-accent, light-dark(#0a5c8f, #7fc3f0));
  --_on-accent: var(--cc4dr-color-on-accent, light-dark(#ffffff, #0d1b26));
  --_border: var(--cc4dr-color-border, light-dark(#b9c1cb, #5b6470));
  --_surface: var(--cc4dr-color-surface, light-dark(#eef3f7, #222a33));
  --_link: var(--cc4dr-color-link, light-dark(#0b57a4, #94caff));
  --_focus: var(--cc4dr-color-focus, light-dark(#0b57a4, #94caff));
  --_warning: var(--cc4dr-color-warning, light-dark(#8a4b00, #ffc46b));
`;

export const themeStyles = css`
  :host {
    ${colours}
    --_space: var(--cc4dr-space, 1rem);
    --_radius: var(--cc4dr-radius, 0.5rem);
    display: block;
    color: var(--_text);
    line-height: 1.5;
    overflow-wrap: anywhere;
  }
  /* Without a theme, the colour scheme is the one the host inherits from the page: light unless the page declares
     dark (color-scheme: light dark, or dark only), so a light page never shows a dark box. */
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([theme='auto']) {
    color-scheme: light dark;
  }
  /* On paper: light colours whatever the theme, the address after each link, no controls that only work on screen. */
  @media print {
    :host,
    :host([theme]) {
      color-scheme: light;
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
