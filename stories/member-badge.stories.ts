import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { onDarkPage, themeOptions } from './helpers.js';

interface Args {
  city: string;
  compact: boolean;
  theme: string;
}

const meta: Meta<Args> = {
  title: 'Elements/Member badge',
  component: 'cc4dr-member-badge',
  args: { city: 'Vienna', compact: false, theme: 'auto' },
  argTypes: {
    city: { control: 'text' },
    compact: { control: 'boolean' },
    theme: { control: 'inline-radio', options: themeOptions },
  },
  render: (args) => html`<cc4dr-member-badge city=${args.city} ?compact=${args.compact} theme=${args.theme}></cc4dr-member-badge>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Member: Story = {};
export const FoundingMember: Story = { args: { city: 'Amsterdam' } };
export const MemberSinceYear: Story = { args: { city: 'Köln' } };
export const ByAlias: Story = { args: { city: 'NYC' } };
export const Unconfirmed: Story = { args: { city: 'Moscow' } };
export const NotInTheList: Story = { args: { city: 'Springfield' } };
export const Compact: Story = { args: { city: 'Barcelona', compact: true } };
export const CompactNotInTheList: Story = { args: { city: 'Springfield', compact: true } };
export const DarkTheme: Story = { args: { city: 'Helsinki', theme: 'dark' }, decorators: [onDarkPage] };
export const MissingCity: Story = { render: () => html`<cc4dr-member-badge></cc4dr-member-badge>` };
export const HostileName: Story = { args: { city: '<img src=x onerror=alert(1)>' } };
