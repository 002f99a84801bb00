import { css } from 'lit';

export const memberMapStyles = css`
  .map {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  .toolbar {
    display: flex;
    justify-content: flex-end;
  }
  .toggle[aria-pressed='true'] {
    border: 2px solid var(--_accent);
    font-weight: 600;
  }
  .frame {
    position: relative;
  }
  svg {
    display: block;
    inline-size: 100%;
    block-size: auto;
    overflow: visible;
  }
  .land {
    fill: var(--_surface);
    stroke: var(--_border);
    stroke-width: 1px;
    vector-effect: non-scaling-stroke;
  }
  .marker {
    cursor: pointer;
    outline: none;
  }
  .hit {
    fill: transparent;
  }
  .dot {
    fill: var(--_accent);
    stroke: var(--_background);
    stroke-width: 0.4;
  }
  .marker:focus-visible .dot,
  .marker.active .dot {
    stroke: var(--_text);
    stroke-width: 0.8;
  }
  .marker:focus-visible .hit {
    stroke: var(--_focus);
    stroke-width: 0.8;
  }
  .local .dot {
    fill: var(--_background);
    stroke: var(--_accent);
    stroke-width: 0.8;
  }
  .highlight .dot {
    fill: var(--_warning);
    stroke: var(--_text);
  }
  .label {
    position: absolute;
    transform: translate(-50%, calc(-100% - 0.9em));
    margin: 0;
    padding: 0.2em 0.5em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_text);
    font-size: 0.875em;
    font-weight: 600;
    white-space: nowrap;
    pointer-events: none;
  }
  .hint,
  .caption {
    color: var(--_muted);
    font-size: 0.9375em;
  }
  table {
    inline-size: 100%;
    border-collapse: collapse;
    font-size: 0.9375em;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: 0.5em;
  }
  th,
  td {
    padding: 0.375em 0.5em;
    border-block-end: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }
  tr.highlight td {
    background: var(--_surface);
    font-weight: 600;
  }
  @media (forced-colors: active) {
    .land {
      fill: Canvas;
      stroke: CanvasText;
    }
    .dot {
      fill: CanvasText;
      stroke: Canvas;
    }
    .highlight .dot,
    .marker:focus-visible .dot {
      fill: Highlight;
    }
  }
`;
