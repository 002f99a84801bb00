import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { headingLevels, onDarkPage, themeArgType } from './helpers.js';

interface Args {
  'heading-level': number;
  compact: boolean;
  theme: string;
}

const meta: Meta<Args> = {
  title: 'Elements/About',
  component: 'cc4dr-about',
  args: { 'heading-level': 3, compact: false, theme: '' },
  argTypes: {
    'heading-level': { control: 'select', options: headingLevels },
    compact: { control: 'boolean' },
    theme: themeArgType,
  },
  render: (args) =>
    html`<cc4dr-about heading-level=${args['heading-level']} ?compact=${args.compact} theme=${args.theme || nothing}></cc4dr-about>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Full: Story = {};
export const Compact: Story = { args: { compact: true } };
export const DarkTheme: Story = { args: { theme: 'dark' }, decorators: [onDarkPage] };
export const UnknownHeadingLevel: Story = { render: () => html`<cc4dr-about heading-level="9"></cc4dr-about>` };
