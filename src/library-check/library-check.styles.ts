import { css } from 'lit';

export const libraryCheckStyles = css`
  /* Grid items may shrink below their content's width (a long country name in the menu), so 320 px is enough. */
  * {
    min-inline-size: 0;
  }
  .check,
  .checklist,
  .result,
  .take-away,
  .snippet,
  .letter,
  .answers,
  .supported {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  .check {
    gap: calc(var(--_space) * 1.5);
  }
  fieldset {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    margin: 0;
    padding: calc(var(--_space) * 0.75);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    min-inline-size: 0;
  }
  legend {
    padding: 0 0.25em;
    font-weight: 600;
  }
  .field {
    display: grid;
    gap: 0.25em;
  }
  label {
    font-weight: 600;
  }
  .choice {
    display: grid;
    grid-template-columns: auto 1fr;
    align-items: start;
    gap: 0.125em 0.5em;
  }
  .choice input {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
  }
  .choice .hint,
  .choice .remove {
    grid-column: 2;
    justify-self: start;
  }
  .hint,
  .label {
    color: var(--_muted);
    font-size: 0.9375em;
  }
  .control {
    inline-size: 100%;
    padding: 0.5em 0.75em;
  }
  textarea.control {
    resize: vertical;
    font-family: inherit;
    line-height: 1.4;
  }
  input[type='file'] {
    min-block-size: 2.75rem;
    max-inline-size: 100%;
  }
  #snippet-text {
    font-family: ui-monospace, monospace;
    font-size: 0.875em;
  }
  .result {
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .count {
    font-weight: 600;
    font-size: 1.1em;
  }
  .supported {
    gap: 0.375em;
    padding-inline-start: 0.75em;
    border-inline-start: 4px solid var(--_accent);
  }
  .supported ul {
    padding-inline-start: 1.25em;
  }
  .own > .button {
    justify-self: start;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }
  a.button {
    display: inline-flex;
    align-items: center;
    text-decoration: none;
  }
  .print-letter {
    display: none;
    white-space: pre-wrap;
  }
  .letter-head {
    white-space: pre-line;
  }
  @media print {
    .printing > :not(.print-letter) {
      display: none;
    }
    .printing > .print-letter {
      display: block;
    }
    .check.printing {
      border: 0;
      padding: 0;
    }
  }
`;
