import { css } from 'lit';

export const principleCardStyles = css`
  .card {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  .number {
    color: var(--_muted);
    font-size: 0.875em;
    font-weight: 600;
    letter-spacing: 0.02em;
  }
  .official {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .libraries {
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }
  ul {
    padding-inline-start: 1.25em;
  }
  li + li {
    margin-block-start: 0.25em;
  }
`;
