/** Shapes of the bundled data. `data/schema/` is the authority; these types mirror it for TypeScript. */

export type PrincipleId = 'access' | 'privacy' | 'transparency' | 'participation' | 'standards';

export type Category =
  | 'universal-access'
  | 'digital-skills'
  | 'digital-rights-awareness'
  | 'digital-public-services'
  | 'open-data-and-transparency'
  | 'participation';

/** Something libraries commonly do for digital rights, for the library check: in English; translations come with its chunk. */
export interface Activity {
  id: string;
  /** The principle it serves most. */
  principle: PrincipleId;
  /** The kind of good-practice example closest to it. */
  category: Category;
  title: string;
  text: string;
}

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

/** Another place with a member's name ("Austin", Minnesota, "US"), which the member must not be taken for. */
export interface SameNamePlace {
  name: string;
  subdivision?: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
}

export interface Member {
  id: string;
  name: string;
  aliases: readonly string[];
  /** The city's name in other languages, where it is commonly written differently. */
  names?: Readonly<Partial<Record<string, string>>>;
  /** Boroughs and districts that belong to the city ("Brooklyn" for New York City). */
  districts?: readonly string[];
  /** Its state or province, where a place in its own country shares its name and a source says which one it is. */
  subdivision?: { readonly name: string; readonly names?: Readonly<Partial<Record<string, string>>> };
  /** Set where places in its own country share its name and no source says which of them the member is. */
  subdivisionUnknown?: true;
  country: string;
  /** UN M49 region code. */
  region: string;
  joined: number | null;
  /** Where only a decision to join is dated (a council's vote), its year; `joined` is then null. */
  decided?: number;
  /** Where the year is unknown: the date of the earliest source that lists it as a member (YYYY, YYYY-MM or YYYY-MM-DD). */
  memberBy?: string;
  founding: boolean;
  status: 'member' | 'unconfirmed';
  lat: number;
  lon: number;
  /** Set on records supplied by the host page, never in the data files. */
  local?: boolean;
  /** Where a record the host page supplied comes from (the bundled records' sources stay in data/members.json). */
  sources?: readonly Source[];
  /** When a record the host page supplied was last checked, YYYY-MM-DD (the bundled records' dates stay in data/members.json). */
  checked?: string;
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
  /** How many member cities the coalition counted at dates its publications give, oldest first. */
  growth: readonly { date: string; count: number }[];
  urls: Readonly<Record<'home' | 'about' | 'principles' | 'declaration' | 'checklist' | 'cities' | 'endorse', string>> &
    Readonly<Record<string, string>>;
}
