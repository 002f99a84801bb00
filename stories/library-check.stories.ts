import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { headingLevels, onDarkPage, themeArgType } from './helpers.js';

interface Args {
  city?: string;
  country?: string;
  library?: string;
  'heading-level': number;
  theme: string;
}

const meta: Meta<Args> = {
  title: 'Elements/Library check',
  component: 'cc4dr-library-check',
  args: { 'heading-level': 2, theme: '' },
  argTypes: {
    city: { control: 'text' },
    country: { control: 'text' },
    library: { control: 'text' },
    'heading-level': { control: 'select', options: headingLevels },
    theme: themeArgType,
  },
  render: (args) =>
    html`<cc4dr-library-check
      city=${ifDefined(args.city || undefined)}
      country=${ifDefined(args.country || undefined)}
      library=${ifDefined(args.library || undefined)}
      heading-level=${args['heading-level']}
      theme=${args.theme || nothing}
    ></cc4dr-library-check>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Empty: Story = {};
export const MemberCity: Story = { args: { city: 'Wien', library: 'Büchereien Wien' } };
export const CityNotInTheList: Story = { args: { city: 'Springfield', country: 'US', library: 'Springfield City Library' } };
export const InArabic: Story = {
  args: { city: 'Amman', library: 'مكتبة أمانة عمّان' },
  decorators: [(story) => html`<div lang="ar">${story()}</div>`],
};
export const DarkTheme: Story = { args: { city: 'Barcelona', theme: 'dark' }, decorators: [onDarkPage] };
export const UnknownCountry: Story = { args: { city: 'Vienna', country: 'Österreich' } };
