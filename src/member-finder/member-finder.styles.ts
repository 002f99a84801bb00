import { css } from 'lit';

export const memberFinderStyles = css`
  .finder {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  label {
    font-weight: 600;
  }
  .hint,
  .count,
  .shared,
  .footer {
    color: var(--_muted);
    font-size: 0.9375em;
  }
  .control {
    inline-size: 100%;
    padding: 0.5em 0.75em;
  }
  input.control {
    border-width: 2px;
  }
  /* A flex column, not a grid: printed by Chromium, the grid drew the second region's heading over the first region's
     last city when the first region ran over a page break. */
  .groups {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
  }
  .group {
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }
  /* A flex column, not a grid: a hundred results are laid out again at each keystroke that changes them. */
  ul {
    padding: 0;
    list-style: none;
  }
  .group ul {
    display: flex;
    flex-direction: column;
    gap: 0.375em;
  }
  /* Block, not grid, for the same reason. */
  button {
    display: block;
    text-align: start;
    cursor: pointer;
  }
  button:hover {
    background: var(--_surface);
  }
  button[aria-pressed='true'] {
    border: 2px solid var(--_accent);
  }
  .name {
    display: block;
    font-weight: 600;
  }
  .meta {
    display: block;
    color: var(--_muted);
    font-size: 0.9375em;
  }
  .no-match {
    display: grid;
    gap: 0.5em;
  }
`;
