import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { headingLevels, onDarkPage, themeArgType } from './helpers.js';

interface Args {
  principle: string;
  'heading-level': number;
  compact: boolean;
  theme: string;
}

const meta: Meta<Args> = {
  title: 'Elements/Principle card',
  component: 'cc4dr-principle-card',
  args: { principle: 'privacy', 'heading-level': 3, compact: false, theme: '' },
  argTypes: {
    principle: { control: 'select', options: ['access', 'privacy', 'transparency', 'participation', 'standards', '1', '2', '3', '4', '5'] },
    'heading-level': { control: 'select', options: headingLevels },
    compact: { control: 'boolean' },
    theme: themeArgType,
  },
  render: (args) =>
    html`<cc4dr-principle-card
      principle=${args.principle}
      heading-level=${args['heading-level']}
      ?compact=${args.compact}
      theme=${args.theme || nothing}
    ></cc4dr-principle-card>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Privacy: Story = {};
export const ByNumber: Story = { args: { principle: '1' } };
export const Compact: Story = { args: { principle: 'participation', compact: true } };
export const DarkTheme: Story = { args: { principle: 'standards', theme: 'dark' }, decorators: [onDarkPage] };
export const UnknownPrinciple: Story = { args: { principle: 'freedom' } };
export const MissingPrinciple: Story = {
  render: () => html`<cc4dr-principle-card></cc4dr-principle-card>`,
};
