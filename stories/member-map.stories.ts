import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { onDarkPage, themeArgType } from './helpers.js';

interface Args {
  highlight?: string;
  'follow-selection': boolean;
  table: boolean;
  src?: string;
  theme: string;
}

const meta: Meta<Args> = {
  title: 'Elements/Member map',
  component: 'cc4dr-member-map',
  args: { table: false, 'follow-selection': false, theme: '' },
  argTypes: {
    highlight: { control: 'text' },
    'follow-selection': { control: 'boolean' },
    table: { control: 'boolean' },
    src: { control: 'text' },
    theme: themeArgType,
  },
  render: (args) =>
    html`<cc4dr-member-map
      highlight=${ifDefined(args.highlight || undefined)}
      ?follow-selection=${args['follow-selection']}
      ?table=${args.table}
      src=${ifDefined(args.src || undefined)}
      theme=${args.theme || nothing}
      @cc4dr-city-select=${(e: CustomEvent) => console.info('cc4dr-city-select', e.detail)}
    ></cc4dr-member-map>`,
};
export default meta;
type Story = StoryObj<Args>;

export const World: Story = {};
export const HighlightedCity: Story = { args: { highlight: 'Wien' } };
export const AsATable: Story = { args: { table: true, highlight: 'Barcelona' } };
export const DarkTheme: Story = { args: { theme: 'dark', highlight: 'Toronto' }, decorators: [onDarkPage] };
export const Narrow: Story = {
  render: () => html`<div style="max-width:320px"><cc4dr-member-map highlight="Amsterdam"></cc4dr-member-map></div>`,
};
export const UnknownHighlight: Story = { args: { highlight: 'Atlantis' } };
export const FollowsAFinder: Story = {
  render: () =>
    html`<cc4dr-member-finder query="hel"></cc4dr-member-finder>
      <cc4dr-member-map follow-selection></cc4dr-member-map>`,
};
