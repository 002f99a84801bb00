import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import type { Member as MemberRecord } from '../src/data.js';
import { onDarkPage, themeArgType } from './helpers.js';

interface Args {
  city: string;
  country: string;
  compact: boolean;
  theme: string;
}

const meta: Meta<Args> = {
  title: 'Elements/Member badge',
  component: 'cc4dr-member-badge',
  args: { city: 'Vienna', country: '', compact: false, theme: '' },
  argTypes: {
    city: { control: 'text' },
    country: { control: 'text' },
    compact: { control: 'boolean' },
    theme: themeArgType,
  },
  render: (args) =>
    html`<cc4dr-member-badge city=${args.city} country=${args.country || nothing} ?compact=${args.compact} theme=${args.theme || nothing}></cc4dr-member-badge>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Member: Story = { args: { country: 'AT' } };
export const MemberWithNoCountry: Story = {};
export const FoundingMember: Story = { args: { city: 'Amsterdam', country: 'NL' } };
export const MemberSinceYear: Story = { args: { city: 'Leipzig' } };
export const DecidedToJoin: Story = { args: { city: 'Köln' } };
export const ByAlias: Story = { args: { city: 'NYC' } };
export const Unconfirmed: Story = { args: { city: 'Moscow', country: 'RU' } };
export const NotInTheList: Story = { args: { city: 'Springfield' } };
export const Compact: Story = { args: { city: 'Barcelona', country: 'ES', compact: true } };
export const CompactNotInTheList: Story = { args: { city: 'Springfield', compact: true } };
export const DarkTheme: Story = { args: { city: 'Helsinki', theme: 'dark' }, decorators: [onDarkPage] };
export const MissingCity: Story = { render: () => html`<cc4dr-member-badge></cc4dr-member-badge>` };
export const HostileName: Story = { args: { city: '<img src=x onerror=alert(1)>' } };
export const SameNameInItsCountry: Story = { args: { city: 'Austin', country: 'US' } };
export const SameNameElsewhere: Story = { args: { city: 'Austin', country: 'GB' } };
export const WhichOneIsUnknown: Story = { args: { city: 'Kansas City' } };
export const NameWithItsState: Story = { args: { city: 'Austin, Texas' } };
export const BoroughWithItsState: Story = { args: { city: 'Brooklyn, NY' } };

const libraryRecord: MemberRecord = {
  id: 'our-town',
  name: 'Our Town',
  aliases: [],
  country: 'SE',
  region: '150',
  joined: 2026,
  founding: false,
  status: 'member',
  lat: 59.3,
  lon: 18.1,
  sources: [{ url: 'https://library.example.org/our-town-joined', title: 'Our town joined the coalition' }],
  checked: '2026-11-01',
};
export const RecordFromTheLibrary: Story = { render: () => html`<cc4dr-member-badge .member=${libraryRecord}></cc4dr-member-badge>` };
