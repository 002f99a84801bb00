/**
 * The script-tag entry: it defines every element, the ones few pages show only once a page has one (src/elements.json
 * says which). It holds nothing but the import of the rest (content-hashed, in dist/cc4dr-widgets/), so that a host
 * adding `?ver=` to its address loads no module twice, and an entry kept in a cache after an upgrade, asking for its
 * own version's parts, fails with one warning and leaves each widget's fallback text in place.
 */
import('./script-tag.js').then(
  ({ recordScriptTagAddress }) => recordScriptTagAddress(import.meta.url),
  (error: unknown) =>
    console.warn(
      `cc4dr-widgets: ${import.meta.url} could not load its parts (${String(error)}); each widget shows its own text instead. ` +
        'If the site was just upgraded, a cache may be serving the old file: reload without the cache.',
    ),
);
