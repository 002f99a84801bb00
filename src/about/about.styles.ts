import { css } from 'lit';

export const aboutStyles = css`
  .about {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  .count {
    color: var(--_muted);
  }
  ol {
    margin: 0;
    padding-inline-start: 1.5em;
  }
  li + li {
    margin-block-start: 0.25em;
  }
`;
