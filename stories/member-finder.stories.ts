import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { headingLevels, onDarkPage, themeArgType } from './helpers.js';

interface Args {
  query: string;
  region?: string;
  'heading-level': number;
  src?: string;
  theme: string;
}

const meta: Meta<Args> = {
  title: 'Elements/Member finder',
  component: 'cc4dr-member-finder',
  args: { query: '', 'heading-level': 3, theme: '' },
  argTypes: {
    query: { control: 'text' },
    region: { control: 'select', options: [undefined, '150', '003', '005', '142', '009', 'Europe'] },
    'heading-level': { control: 'select', options: headingLevels },
    src: { control: 'text' },
    theme: themeArgType,
  },
  render: (args) =>
    html`<cc4dr-member-finder
      query=${args.query}
      region=${ifDefined(args.region)}
      heading-level=${args['heading-level']}
      src=${ifDefined(args.src || undefined)}
      theme=${args.theme || nothing}
      @cc4dr-city-select=${(e: CustomEvent) => console.info('cc4dr-city-select', e.detail)}
    ></cc4dr-member-finder>`,
};
export default meta;
type Story = StoryObj<Args>;

export const AllCities: Story = {};
export const TypedAnAlias: Story = { args: { query: 'wien' } };
export const OneRegion: Story = { args: { region: '005' } };
export const NoMatch: Story = { args: { query: 'Springfield' } };
export const DarkTheme: Story = { args: { theme: 'dark', region: '142' }, decorators: [onDarkPage] };
export const UnknownRegion: Story = { args: { region: 'Mars', query: 'par' } };
export const WithOwnCities: Story = {
  args: { query: 'lund' },
  render: (args) =>
    html`<cc4dr-member-finder query=${args.query} theme=${args.theme || nothing}>
      <script type="application/json">
        {"members": [{"id": "lund", "name": "Lund", "aliases": [], "country": "SE", "region": "150", "joined": null,
          "founding": false, "status": "member", "lat": 55.7, "lon": 13.19,
          "sources": [{"url": "https://library.example.org/lund", "title": "An example source"}], "checked": "2026-11-01"}]}
      </script>
    </cc4dr-member-finder>`,
};
