import { css } from 'lit';

export const memberBadgeStyles = css`
  .badge {
    display: flex;
    gap: calc(var(--_space) * 0.75);
    align-items: flex-start;
    padding: calc(var(--_space) * 0.75) var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
  }
  .icon {
    flex: none;
    display: grid;
    place-items: center;
    inline-size: 1.75em;
    block-size: 1.75em;
    border-radius: 50%;
    border: 2px solid var(--_accent);
    color: var(--_accent);
    font-weight: 700;
    line-height: 1;
  }
  .member .icon {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .body {
    display: grid;
    gap: 0.25em;
    min-inline-size: 0;
  }
  .statement {
    font-weight: 600;
  }
  :host([compact]) .badge {
    padding: 0.375em 0.75em;
    gap: 0.5em;
    align-items: center;
    font-size: 0.9375em;
  }
  :host([compact]) .icon {
    inline-size: 1.4em;
    block-size: 1.4em;
    font-size: 0.85em;
  }
  :host([compact]) .statement {
    font-weight: 400;
  }
`;
