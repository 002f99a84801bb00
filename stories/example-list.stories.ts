import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { categories, principles } from '../src/data.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { ExampleFilters } from '../src/example-list/filter.js';
import { headingLevels, onDarkPage, themeArgType } from './helpers.js';

interface Args extends ExampleFilters {
  'heading-level': number;
  src?: string;
  theme: string;
}

const meta: Meta<Args> = {
  title: 'Elements/Example list',
  component: 'cc4dr-example-list',
  args: { libraries: false, 'heading-level': 3, theme: '', limit: 5 },
  argTypes: {
    principle: { control: 'select', options: [undefined, ...principles.map((p) => p.id)] },
    category: { control: 'select', options: [undefined, ...categories] },
    city: { control: 'text' },
    country: { control: 'text' },
    libraries: { control: 'boolean' },
    limit: { control: 'number' },
    'heading-level': { control: 'select', options: headingLevels },
    src: { control: 'text' },
    theme: themeArgType,
  },
  render: (args) =>
    html`<cc4dr-example-list
      principle=${ifDefined(args.principle)}
      category=${ifDefined(args.category)}
      city=${ifDefined(args.city || undefined)}
      country=${ifDefined(args.country || undefined)}
      ?libraries=${args.libraries}
      limit=${ifDefined(args.limit)}
      heading-level=${args['heading-level']}
      src=${ifDefined(args.src || undefined)}
      theme=${args.theme || nothing}
    ></cc4dr-example-list>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Newest: Story = {};
export const InvolvingLibraries: Story = { args: { libraries: true, limit: undefined } };
export const PrivacyExamples: Story = { args: { principle: 'privacy', limit: undefined } };
export const OneCityByAlias: Story = { args: { city: 'NYC', limit: undefined } };
export const NoMatch: Story = { args: { country: 'JP' } };
export const DarkTheme: Story = { args: { theme: 'dark', limit: 3 }, decorators: [onDarkPage] };
export const UnknownFilter: Story = { args: { category: 'fun' } };
export const SourceThatFails: Story = { args: { src: 'does-not-exist.json', limit: 2 } };
