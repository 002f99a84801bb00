import { expect } from '@open-wc/testing';
import { loadRecords, validateRecords } from '../../src/core/load-records.js';
import type { Example } from '../../src/core/types.js';
import { validateExample } from '../../src/generated/validate.js';

const options = { listKey: 'examples', validate: validateExample, timeoutMs: 1000 };

describe('loadRecords', () => {
  it('keeps valid records and says why each invalid one was skipped', async () => {
    const result = await loadRecords<Example>('/test/fixtures/own-examples.json', options);
    expect(result.failure).to.equal(undefined);
    expect(result.items.map((e) => e.id)).to.deep.equal(['our-repair-cafe', 'our-privacy-hour']);
    expect(result.skipped.map((s) => s.index)).to.deep.equal([2, 3, 4, 5]);
    expect(result.skipped[0].reason).to.contain('url');
    expect(result.skipped[1].reason).to.contain('lacks "summary"');
    expect(result.skipped[2].reason).to.contain('unknown field');
  });

  it('reports each network fault as a failure, never as a rejection', async () => {
    const cases: [string, string, number?][] = [
      ['/__fixtures/status/404', 'status', 404],
      ['/__fixtures/status/500', 'status', 500],
      ['/__fixtures/broken-json', 'json'],
      ['/__fixtures/html', 'contentType'],
      ['/__fixtures/not-a-list', 'shape'],
      ['/__fixtures/hang', 'timeout'],
      ['/__fixtures/huge', 'tooLarge'],
      ['/__fixtures/redirect-away', 'origin'],
      ['javascript:alert(1)', 'network'],
      ['http://[::1', 'network'],
    ];
    for (const [src, kind, status] of cases) {
      const result = await loadRecords<Example>(src, options);
      expect(result.failure?.kind, src).to.equal(kind);
      if (status) expect(result.failure?.status, src).to.equal(status);
      expect(result.items, src).to.deep.equal([]);
    }
  });

  it('sends no cookie with the request, though the page has one for that origin', async () => {
    document.cookie = 'cc4dr-test-session=secret; path=/; SameSite=Strict';
    try {
      const result = await loadRecords<Example>('/__fixtures/cookie-check', options);
      expect(result.failure).to.equal(undefined);
      // This request carries the cookie (the test's own fetch): the check that the server can see one at all.
      const control = (await (await fetch('/__fixtures/cookie-seen', { credentials: 'same-origin' })).json()) as { cookie?: string };
      expect(control).to.deep.equal({ cookie: '' });
      const probe = await fetch('/__fixtures/cookie-check?control', { credentials: 'same-origin' });
      expect(probe.ok).to.equal(true);
      const seenByControl = (await (await fetch('/__fixtures/cookie-seen')).json()) as { cookie?: string };
      expect(seenByControl.cookie).to.contain('cc4dr-test-session=secret');
    } finally {
      document.cookie = 'cc4dr-test-session=; path=/; max-age=0';
    }
  });

  it('fetches a URL once however many times it is asked for', async () => {
    const url = '/test/fixtures/own-examples.json?once';
    await Promise.all([loadRecords(url, options), loadRecords(url, options), loadRecords(url, options)]);
    const fetched = performance.getEntriesByType('resource').filter((e) => e.name.endsWith(url));
    expect(fetched).to.have.length(1);
  });
});

describe('validateRecords', () => {
  it('skips ids that are already taken and prototype keys', async () => {
    const good = {
      id: 'a',
      title: 'T',
      city: 'C',
      country: 'FR',
      year: null,
      principles: ['access'],
      category: 'participation',
      libraries: true,
      summary: 'S',
      sources: [{ url: 'https://example.org/', title: 'x' }],
      checked: '2026-01-01',
    };
    const polluted: unknown = JSON.parse('{"__proto__": {"polluted": true}, "id": "b"}');
    const { items, skipped } = await validateRecords(
      [good, { ...good }, polluted, { ...good, id: 'taken' }, { ...good, id: 'sample-library-privacy-cafe' }],
      validateExample,
      (record) => (record.id === 'taken' ? 'taken by the bundled data' : undefined),
    );
    expect(items).to.have.length(1);
    expect(skipped).to.deep.equal([
      { index: 1, reason: 'the id "a" is already used' },
      { index: 2, reason: 'the record lacks "title"' },
      { index: 3, reason: 'taken by the bundled data' },
      { index: 4, reason: '"sample-library-privacy-cafe" is a sample record: give your own records ids of their own' },
    ]);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });
});
