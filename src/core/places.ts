// The other places in the world that have a member's names, and the states people write after a city's name, from
// data/places.json (the GeoNames gazetteer): fetched with the code that reads them (pinning.ts) when a page first
// looks up a city, since a page of principle cards never needs them.
import type { ReactiveControllerHost } from 'lit';
import { holdRenderingUntil, track, type RenderGate } from './host.js';
import { lazy } from './lazy.js';

/** A place by its country (ISO 3166-1 alpha-2) and its state's key in `subdivisions` ("US", "ME"). */
export type PlaceKey = readonly [country: string, state: string];

export interface Places {
  /** The state of each member's own place, by member id. */
  readonly own: Readonly<Record<string, string>>;
  /** By member id, by each of its names (folded): other places of that name, largest first. */
  readonly sameNames: Readonly<Record<string, Readonly<Record<string, readonly PlaceKey[]>>>>;
  /** Each country's states: key, English name and, where people write one, its abbreviation ("08", "Ontario", "ON"). */
  readonly subdivisions: Readonly<Record<string, readonly (readonly [key: string, name: string, abbreviation?: string])[]>>;
}

/**
 * The lookup that knows the places table (pinning.ts, with the table): fetched from the library's own location when a
 * page first looks up a city; `unavailable` if it could not be fetched.
 */
export const pinning = lazy(() =>
  import('./pinning.js').then(
    (module) => module,
    () => 'unavailable' as const,
  ),
);

/** Fetches what a city lookup (findCity) needs: the places table, with the code that reads it. */
export async function loadPlaces(): Promise<void> {
  await pinning.load();
}

/** Holds an element's rendering, whenever it has a city to look up, until the places table has arrived. */
export function holdUntilPlaces(host: ReactiveControllerHost & Element, needed: () => boolean): void {
  const gate: RenderGate = {
    get ready() {
      if (pinning.loaded() || !needed()) return true;
      track(
        host,
        pinning.load().then(() => host.requestUpdate()),
      );
      return false;
    },
  };
  holdRenderingUntil(host, gate);
}
