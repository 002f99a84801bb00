import { css } from 'lit';

export const exampleListStyles = css`
  .wrapper {
    display: grid;
    gap: var(--_space);
  }
  .more {
    justify-self: start;
  }
  /* Flex columns, not grids: filtering lays out every shown example again, and a grid of grids takes about half as long
     again; a gap, not margins, so that a host laying out ::part(list) or ::part(item) otherwise keeps it. */
  .list {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
    padding: 0;
    list-style: none;
  }
  .item {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.5);
  }
  .meta {
    color: var(--_muted);
    font-size: 0.9375em;
  }
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em;
    padding: 0;
    list-style: none;
  }
  .tag,
  .flag {
    display: inline-block;
    padding: 0.125em 0.625em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface);
    font-size: 0.8125em;
  }
  .flag {
    border-color: var(--_accent);
    font-weight: 600;
  }
  .flags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em;
  }
  .sources {
    font-size: 0.875em;
  }
  .sources a {
    display: inline-block;
    min-block-size: 24px;
  }
`;
