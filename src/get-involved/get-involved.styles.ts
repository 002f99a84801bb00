import { css } from 'lit';

export const getInvolvedStyles = css`
  .steps {
    display: grid;
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .step {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.25em calc(var(--_space) * 0.75);
  }
  /* A number in the markup, not a CSS counter: Chromium's style cache held on to a removed list through counter(). */
  .step > .number {
    grid-column: 1;
    grid-row: span 3;
    display: grid;
    place-items: center;
    inline-size: 2em;
    block-size: 2em;
    border-radius: 50%;
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 700;
  }
  .step > * {
    grid-column: 2;
  }
  .step a {
    justify-self: start;
  }
  @media (forced-colors: active) {
    .step > .number {
      border: 2px solid CanvasText;
    }
  }
`;
