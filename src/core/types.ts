/** Shapes of the bundled data. `data/schema/` is the authority; these types mirror it for TypeScript. */

export type PrincipleId = 'access' | 'privacy' | 'transparency' | 'participation' | 'standards';

export type Category =
  | 'universal-access'
  | 'digital-skills'
  | 'digital-rights-awareness'
  | 'digital-public-services'
  | 'open-data-and-transparency'
  | 'participation';

export interface Source {
  url: string;
  title: string;
}

export interface Principle {
  id: PrincipleId;
  number: number;
  title: string;
  summary: string;
  libraries: readonly string[];
}

export interface Example {
  id: string;
  title: string;
  city: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  year: number | null;
  principles: readonly PrincipleId[];
  category: Category;
  libraries: boolean;
  summary: string;
  sources: readonly Source[];
  checked: string;
  /** Set on examples supplied by the host page (`src` or the `examples` property), never in the data files. */
  local?: boolean;
}

export interface Member {
  id: string;
  name: string;
  aliases: readonly string[];
  /** The city's name in other languages, where it is commonly written differently. */
  names?: Readonly<Partial<Record<string, string>>>;
  country: string;
  /** UN M49 region code. */
  region: string;
  joined: number | null;
  founding: boolean;
  status: 'member' | 'unconfirmed';
  lat: number;
  lon: number;
  /** Set on records supplied by the host page, never in the data files. */
  local?: boolean;
}

export interface MembersMeta {
  checked: string;
  claimedCount: { text: string; minimum: number };
  officialList: string;
}

export interface Coalition {
  name: string;
  founders: readonly string[];
  launch: { date: string; place: string };
  urls: Readonly<Record<'home' | 'about' | 'principles' | 'declaration' | 'checklist' | 'cities' | 'endorse', string>> &
    Readonly<Record<string, string>>;
}
