import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { headingLevels, onDarkPage, themeArgType } from './helpers.js';

interface Args {
  city?: string;
  country?: string;
  'heading-level': number;
  'examples-href'?: string;
  'finder-href'?: string;
  theme: string;
}

const meta: Meta<Args> = {
  title: 'Elements/Get involved',
  component: 'cc4dr-get-involved',
  args: { 'heading-level': 3, theme: '' },
  argTypes: {
    city: { control: 'text' },
    country: { control: 'text' },
    'heading-level': { control: 'select', options: headingLevels },
    'examples-href': { control: 'text' },
    'finder-href': { control: 'text' },
    theme: themeArgType,
  },
  render: (args) =>
    html`<cc4dr-get-involved
      city=${ifDefined(args.city || undefined)}
      country=${ifDefined(args.country || undefined)}
      heading-level=${args['heading-level']}
      examples-href=${ifDefined(args['examples-href'] || undefined)}
      finder-href=${ifDefined(args['finder-href'] || undefined)}
      theme=${args.theme || nothing}
    ></cc4dr-get-involved>`,
};
export default meta;
type Story = StoryObj<Args>;

export const FourSteps: Story = {};
export const MemberCity: Story = { args: { city: 'Wien' } };
export const UnconfirmedCity: Story = { args: { city: 'Moscow', country: 'RU' } };
export const SameNameNoCountry: Story = { args: { city: 'Portland' } };
export const CityNotInTheList: Story = { args: { city: 'Springfield' } };
export const LinksToThisPage: Story = { args: { 'examples-href': '#examples', 'finder-href': '#find-your-city' } };
export const DarkTheme: Story = { args: { city: 'Barcelona', country: 'ES', theme: 'dark' }, decorators: [onDarkPage] };
export const UnsafeLink: Story = { args: { 'examples-href': 'javascript:alert(1)' } };
