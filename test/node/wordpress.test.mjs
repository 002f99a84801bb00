// The WordPress plugin in a real WordPress 6.8 (Playground's CLI, started here): an administrator uploads the zip and
// activates it; an Author, who may not post scripts or unknown elements, publishes every block and every shortcode;
// readers see every widget, in Chromium and in Firefox, with nothing requested from any other site; an editor adds a
// badge in the block editor. Every value an Author can give is escaped.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { elements } from '../../scripts/elements.mjs';
import { startWordPress } from '../../scripts/wordpress-server.mjs';
import { engines, launchChromium, watchPage } from './browser.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const zip = `${root}dist/wordpress/cc4dr-widgets.zip`;
const shortcode = (name) => `cc4dr_${name.replace(/-/g, '_')}`;

/** The block comment an editor's block saves: `<!-- wp:cc4dr/member-badge {"city":"Vienna"} /-->`. */
function block(name, attributes) {
  return `<!-- wp:cc4dr/${name} ${JSON.stringify(attributes)} /-->`;
}

/** The registry's example as block attributes: booleans and numbers typed, as the block editor saves them. */
function blockAttributes(element) {
  return Object.fromEntries(Object.entries(element.example).map(([k, v]) => [k, v === '' ? true : /^\d+$/.test(v) ? Number(v) : v]));
}

/**
 * Logs in through wp-login.php by keyboard, as a person does, once the page is ready for typing: about 200 ms after
 * load WordPress focuses and selects the user name field (wp_attempt_focus), which replaces whatever was typed before.
 */
async function logIn(page, origin, user) {
  await page.goto(`${origin}/wp-login.php`, { waitUntil: 'load' });
  await page.waitForFunction(() => document.activeElement?.id === 'user_login');
  await page.keyboard.type(user.login);
  await page.keyboard.press('Tab');
  await page.keyboard.type(user.password);
  assert.deepEqual(await page.evaluate(() => [document.querySelector('#user_login').value, document.activeElement?.id]), [
    user.login,
    'user_pass',
  ]);
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.keyboard.press('Enter')]);
  assert.ok(new URL(page.url()).pathname.startsWith('/wp-admin'), `logged in as ${user.login}: ${page.url()}`);
}

const hostile = '" onmouseover="alert(1)" data-x="';

describe('the WordPress plugin in a real WordPress', { timeout: 600_000 }, () => {
  let wordpress;
  let author;
  let administrator;
  let posts;

  const rest = async (user, path, options = {}) => {
    const response = await fetch(`${wordpress.origin}/wp-json${path}`, {
      ...options,
      headers: {
        authorization: `Basic ${Buffer.from(`${user.login}:${user.application}`).toString('base64')}`,
        'content-type': 'application/json',
        ...options.headers,
      },
    });
    const body = await response.json();
    assert.ok(response.ok, `${path}: ${response.status} ${JSON.stringify(body).slice(0, 300)}`);
    return body;
  };
  const userOf = async (role) => (await fetch(`${wordpress.origin}/?cc4dr-test-user=${role}`)).json();

  before(async () => {
    assert.ok(existsSync(zip), 'dist/wordpress/cc4dr-widgets.zip: run npm run build');
    wordpress = await startWordPress({ muPlugins: [`${root}test/fixtures/wordpress/cc4dr-test-users.php`] });
    administrator = await userOf('administrator');
    author = await userOf('author');
  });

  after(() => wordpress?.stop());

  it('installs from the zip and activates, through the admin screens', async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await logIn(page, wordpress.origin, administrator);
      await page.goto(`${wordpress.origin}/wp-admin/plugin-install.php?tab=upload`, { waitUntil: 'load' });
      const input = await page.$('#pluginzip');
      await input.uploadFile(zip);
      await Promise.all([page.waitForNavigation({ waitUntil: 'load', timeout: 120_000 }), page.click('#install-plugin-submit')]);
      assert.match(await page.$eval('.wrap', (w) => w.textContent), /Plugin installed successfully/);
      await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('a.button-primary[href*="action=activate"]')]);
    } finally {
      await browser.close();
    }
    const plugins = await rest(administrator, '/wp/v2/plugins');
    const ours = plugins.find((p) => p.plugin === 'cc4dr-widgets/cc4dr-widgets');
    assert.equal(ours?.status, 'active');
    assert.equal(ours.requires_wp, '6.5');
  });

  it('registers a block per element, with its attributes, in its own category', async () => {
    const types = await rest(administrator, '/wp/v2/block-types?namespace=cc4dr');
    assert.deepEqual(types.map((t) => t.name).sort(), elements.map((e) => `cc4dr/${e.name}`).sort());
    const badge = types.find((t) => t.name === 'cc4dr/member-badge');
    assert.equal(badge.category, 'cc4dr');
    assert.deepEqual(
      Object.keys(badge.attributes)
        .filter((a) => !['lock', 'metadata', 'className'].includes(a))
        .sort(),
      ['city', 'compact', 'country', 'lang', 'theme'],
    );
    assert.deepEqual(badge.attributes.theme.enum, ['light', 'dark', 'auto']);
  });

  it('lets an Author, without unfiltered_html, publish every block and every shortcode', async () => {
    assert.equal(author.unfilteredHtml, false);
    const content = [
      ...elements.map((e) => block(e.name, blockAttributes(e))),
      ...elements.map(
        (e) =>
          `[${shortcode(e.name)} ${Object.entries(e.example)
            .map(([k, v]) => (v === '' ? k : `${k}="${v}"`))
            .join(' ')}]`,
      ),
      // Hostile values, where an Author can put them.
      block('member-badge', { city: hostile }),
      `[cc4dr_member_badge city='${hostile}' onclick="alert(2)"]`,
      `[cc4dr_get_involved examples-href="javascript:alert(3)" city="Wien"]`,
      '[cc4dr_principle_card principle="freedom"]',
    ].join('\n\n');
    const made = await rest(author, '/wp/v2/posts', {
      method: 'POST',
      body: JSON.stringify({ title: 'Digital rights at our library', content, status: 'publish' }),
    });
    const plain = await rest(author, '/wp/v2/posts', {
      method: 'POST',
      body: JSON.stringify({ title: 'Opening hours', content: '<p>Open every day.</p>', status: 'publish' }),
    });
    posts = { widgets: made.link, plain: plain.link };
    const saved = await rest(author, `/wp/v2/posts/${made.id}?context=edit`);
    assert.ok(saved.content.raw.includes(block('member-badge', { city: 'Vienna', country: 'AT' })), 'the block comment is kept as written');
    assert.ok(saved.content.raw.includes('[cc4dr_member_badge city="Vienna" country="AT"]'), 'the shortcode is kept as written');
  });

  it('strips the plain snippet from an Author’s post (why the plugin is there), and keeps it for an administrator', async () => {
    const snippet =
      '<script type="module" src="/cc4dr-widgets.js"></script>\n<cc4dr-member-badge city="Vienna"><p>Is Vienna a member?</p></cc4dr-member-badge>';
    const post = async (user) => {
      const made = await rest(user, '/wp/v2/posts', {
        method: 'POST',
        body: JSON.stringify({ title: 'Snippet', content: snippet, status: 'draft' }),
      });
      return (await rest(user, `/wp/v2/posts/${made.id}?context=edit`)).content.raw;
    };
    const byAuthor = await post(author);
    assert.ok(!byAuthor.includes('<script') && !byAuthor.includes('<cc4dr-member-badge'), byAuthor);
    assert.ok(byAuthor.includes('Is Vienna a member?'), 'only the fallback text is left');
    assert.equal(await post(administrator), snippet);
  });

  for (const { name: engine, launch } of engines) {
    it(`shows readers every widget, from the plugin’s own folder, with no error, in ${engine}`, async () => {
      const browser = await launch();
      try {
        const page = await browser.newPage();
        const seen = await watchPage(page);
        const dialogs = [];
        page.on('dialog', (dialog) => {
          dialogs.push(dialog.message());
          void dialog.dismiss();
        });
        await page.goto(posts.widgets, { waitUntil: 'networkidle0' });
        const widgets = await page.evaluate(async () => {
          const all = [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('cc4dr-'));
          await Promise.all(all.map(async (el) => (await customElements.whenDefined(el.localName), el.updateComplete)));
          return all.map((el) => ({
            tag: el.localName,
            attributes: el.getAttributeNames(),
            city: el.getAttribute('city'),
            text: el.shadowRoot?.textContent.replace(/\s+/g, ' ').trim() ?? '',
          }));
        });
        for (const element of elements) {
          const shown = widgets.filter((w) => w.tag === element.tag);
          assert.ok(shown.length >= 2, `${element.tag}: its block and its shortcode`);
          for (const w of shown) assert.ok(w.text.length > 10, `${element.tag} rendered`);
        }
        const hostileBadges = widgets.filter((w) => w.tag === 'cc4dr-member-badge' && w.city === hostile);
        assert.equal(hostileBadges.length, 2, 'the hostile city reached the element as a value, from the block and the shortcode');
        for (const w of widgets)
          assert.deepEqual(
            w.attributes.filter((a) => a.startsWith('on') || a.startsWith('data-')),
            [],
            `${w.tag}: no attribute of its own making`,
          );
        assert.ok(
          hostileBadges.every((w) => w.text.includes('onmouseover')),
          'shown as text',
        );
        assert.deepEqual(dialogs, []);
        assert.deepEqual(seen.errors, []);
        assert.deepEqual(seen.consoleErrors, []);
        // WordPress's own emoji check makes a blob of the page's origin: not a request to anyone.
        const elsewhere = seen.requests.filter(
          (url) => !url.startsWith(`${wordpress.origin}/`) && !url.startsWith(`blob:${wordpress.origin}/`),
        );
        assert.deepEqual(elsewhere, [], 'nothing requested from any other site');
        assert.ok(
          seen.requests.some((url) => url.startsWith(`${wordpress.origin}/wp-content/plugins/cc4dr-widgets/assets/cc4dr-widgets.js`)),
          'the script module, from the plugin’s folder',
        );
        assert.ok(
          seen.warnings.some((w) => w.includes('examples-href "javascript:alert(3)" is not a safe link')),
          'the unsafe link refused by the element',
        );
        assert.ok(
          widgets.some((w) => w.tag === 'cc4dr-principle-card' && w.text.includes('There is no principle called “freedom”')),
          'a value outside the allowed ones: the element’s own polite message',
        );
        await page.close();

        const plain = await browser.newPage();
        const plainSeen = await watchPage(plain);
        await plain.goto(posts.plain, { waitUntil: 'networkidle0' });
        assert.deepEqual(
          plainSeen.requests.filter((url) => url.includes('cc4dr-widgets')),
          [],
          'a page without widgets loads no cc4dr script',
        );
        await plain.close();
      } finally {
        await browser.close();
      }
    });
  }

  it('in the block editor, by keyboard: an Author inserts a badge with the slash command, sets its city in the sidebar, sees the widget itself, saves, and finds it again', async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.setViewport({ width: 1400, height: 1000 });
      await logIn(page, wordpress.origin, author);
      // The welcome guide a new user gets is turned off as the user would turn it off: a closed guide can open again
      // when the saved preferences arrive after it, over the block being inserted.
      await rest(author, '/wp/v2/users/me', {
        method: 'POST',
        body: JSON.stringify({
          meta: { persisted_preferences: { 'core/edit-post': { welcomeGuide: false }, _modified: new Date().toISOString() } },
        }),
      });
      await page.goto(`${wordpress.origin}/wp-admin/post-new.php`, { waitUntil: 'load', timeout: 120_000 });
      const canvas = await (await page.waitForSelector('iframe[name="editor-canvas"]', { timeout: 120_000 })).contentFrame();
      /** What has the keyboard focus, across the editor canvas's frame: in the settings sidebar, and the City field. */
      const focus = () =>
        page.evaluate(() => {
          let active = document.activeElement;
          while (active?.contentDocument) active = active.contentDocument.activeElement;
          return {
            inSidebar: Boolean(active?.closest('.interface-interface-skeleton__sidebar')),
            onCity: active?.localName === 'input' && active.labels?.[0]?.textContent === 'City',
          };
        });
      // Writing starts in the title (the editor puts the caret there; a closed guide may leave it on the page).
      await canvas.focus('.editor-post-title__input');
      await page.keyboard.type('Is our city a member?');
      await page.keyboard.press('Enter');
      await page.keyboard.type('/member badge');
      await page.waitForFunction(() =>
        [...document.querySelectorAll('.components-autocomplete__result')].some((r) => r.textContent.includes('Member badge')),
      );
      await page.keyboard.press('Enter');
      const badge = await canvas.waitForSelector('cc4dr-member-badge');
      await canvas.waitForFunction((b) => b.shadowRoot?.querySelector('[part~="message"]'), {}, badge);
      // To the block's settings: Ctrl+` moves between the editor's regions, Tab within one.
      for (let i = 0; i < 8 && !(await focus()).inSidebar; i += 1) {
        await page.keyboard.down('Control');
        await page.keyboard.press('Backquote');
        await page.keyboard.up('Control');
      }
      for (let i = 0; i < 30 && !(await focus()).onCity; i += 1) {
        await page.keyboard.press('Tab');
      }
      assert.ok((await focus()).onCity, 'the City field, reached by keyboard');
      await page.keyboard.type('Vienna, Austria');
      await canvas.waitForFunction(
        (b) => b.getAttribute('city') === 'Vienna, Austria' && b.shadowRoot.textContent.includes('Vienna (Austria) is a member'),
        {},
        badge,
      );
      await page.keyboard.down('Control');
      await page.keyboard.press('KeyS');
      await page.keyboard.up('Control');
      await page.waitForFunction(
        () => window.wp.data.select('core/editor').getCurrentPostId() && !window.wp.data.select('core/editor').isEditedPostDirty(),
      );
      const id = await page.evaluate(() => window.wp.data.select('core/editor').getCurrentPostId());
      const saved = await rest(author, `/wp/v2/posts/${id}?context=edit`);
      assert.ok(saved.content.raw.includes(block('member-badge', { city: 'Vienna, Austria' })), saved.content.raw);
      await page.goto(`${wordpress.origin}/wp-admin/post.php?post=${id}&action=edit`, { waitUntil: 'load', timeout: 120_000 });
      const again = await (await page.waitForSelector('iframe[name="editor-canvas"]', { timeout: 120_000 })).contentFrame();
      await again.waitForFunction(() =>
        document.querySelector('cc4dr-member-badge')?.shadowRoot?.textContent.includes('Vienna (Austria) is a member'),
      );
    } finally {
      await browser.close();
    }
  });

  it('speaks the site’s language from its own translation files: block titles, descriptions and fallback sentences', async () => {
    const german = await rest(administrator, '/wp/v2/block-types/cc4dr/member-badge?cc4dr-test-locale=de_DE');
    assert.equal(german.title, 'Mitgliedsabzeichen');
    assert.equal(german.description, 'Mitgliedsabzeichen: Ist unsere Stadt Mitglied?');
    const arabic = await rest(administrator, '/wp/v2/block-types/cc4dr/about?cc4dr-test-locale=ar');
    assert.equal(arabic.title, 'عن التحالف');
    // Brazil's sites get Brazilian Portuguese; Portugal's the European one.
    const brazilian = await rest(administrator, '/wp/v2/block-types/cc4dr/member-badge?cc4dr-test-locale=pt_BR');
    assert.equal(brazilian.title, 'Selo de membro');
    const european = await rest(administrator, '/wp/v2/block-types/cc4dr/member-badge?cc4dr-test-locale=pt_PT');
    assert.notEqual(european.title, brazilian.title);
    const page = await (await fetch(`${posts.widgets}${posts.widgets.includes('?') ? '&' : '?'}cc4dr-test-locale=es_MX`)).text();
    assert.ok(page.includes('¿Está Vienna en la Coalición de Ciudades por los Derechos Digitales?'), 'the badge’s fallback, in Spanish');
    assert.ok(page.includes('>Sobre la Coalición de Ciudades por los Derechos Digitales</a>'), 'the about fallback, in Spanish');
  });

  it('writes no PHP notice or warning from the plugin (WP_DEBUG on)', () => {
    const log = existsSync(wordpress.debugLog) ? readFileSync(wordpress.debugLog, 'utf8') : '';
    assert.deepEqual(
      log.split('\n').filter((line) => line.includes('cc4dr-widgets')),
      [],
    );
  });
});
