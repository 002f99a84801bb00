// The WordPress plugin in a real WordPress 6.8 (Playground's CLI, started here): an administrator uploads the zip and
// activates it; an Author, who may not post scripts or unknown elements, publishes every block and every shortcode;
// readers see every widget, in Chromium and in Firefox, with nothing requested from any other site; an editor adds a
// badge in the block editor, whose links do not take the editor away. Every value an Author can give is escaped, links
// are links and a file of records comes from the site itself. On the way it takes the directory's screenshots and
// draws its icon and banner, into dist/wordpress/assets-wporg/.
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { elements } from '../../scripts/elements.mjs';
import { pluginName, slug } from '../../scripts/wordpress-pot.mjs';
import { startWordPress } from '../../scripts/wordpress-server.mjs';
import { engines, launchChromium, watchPage } from './browser.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const zip = `${root}dist/wordpress/${slug}.zip`;
/** The directory's images (its SVN assets folder): screenshots taken here, the icon and banner drawn from wordpress/assets/. */
const directoryAssets = `${root}dist/wordpress/assets-wporg`;
const tagList = elements.map((e) => e.tag).join(',');
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
  // On a busy machine, Playground's one PHP worker takes long over the first admin pages and the editor's many requests
  // (the widgets' script reached the editor's canvas 50 s after the block was inserted): the waits are for conditions.
  page.setDefaultTimeout(120_000);
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
    assert.ok(existsSync(zip), `dist/wordpress/${slug}.zip: run npm run build`);
    mkdirSync(directoryAssets, { recursive: true });
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
      await Promise.all([
        page.waitForNavigation({ waitUntil: 'load', timeout: 120_000 }),
        page.click('a.button-primary[href*="action=activate"]'),
      ]);
    } finally {
      await browser.close();
    }
    const plugins = await rest(administrator, '/wp/v2/plugins');
    const ours = plugins.find((p) => p.plugin === `${slug}/${slug}`);
    assert.equal(ours?.status, 'active');
    assert.equal(ours.requires_wp, '6.5');
    assert.equal(ours.name, pluginName);
    assert.equal(ours.author, 'The cc4dr-widgets authors');
    assert.equal(ours.textdomain, slug);
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
      ['anchor', 'city', 'compact', 'country', 'lang', 'theme'],
    );
    assert.deepEqual(badge.attributes.theme.enum, ['light', 'dark', 'auto']);
  });

  it('lets an Author, without unfiltered_html, publish every block and every shortcode', async () => {
    assert.equal(author.unfilteredHtml, false);
    mkdirSync(`${wordpress.site}/wp-content/uploads`, { recursive: true });
    const records = JSON.parse(readFileSync(`${root}data/samples/library-examples.json`, 'utf8'));
    // The samples' ids start with "sample-", which the widgets refuse to publish: a library gives its own.
    records.examples = records.examples.map((record) => ({ ...record, id: record.id.replace(/^sample-/, 'our-') }));
    writeFileSync(`${wordpress.site}/wp-content/uploads/cc4dr-records.json`, JSON.stringify(records));
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
      `[cc4dr_get_involved examples-href="javascript:alert(3)" finder-href="/members/" check-href="page/" city="Wien"]`,
      '[cc4dr_principle_card principle="freedom"]',
      // A file of the library's own records from this site, and one from another host.
      `[cc4dr_example_list src="${wordpress.origin}/wp-content/uploads/cc4dr-records.json" city="Vienna"]`,
      '[cc4dr_member_map src="https://elsewhere.example/records.json"]',
      // A block with an extra class and an anchor; one set to German on an English site; a shortcode inside a sentence.
      block('principle-card', { principle: 'privacy', className: 'library-feature', anchor: 'our-principle' }),
      block('member-badge', { city: 'Vienna', lang: 'de' }),
      '<!-- wp:paragraph --><p>Our city: [cc4dr_member_badge city="Vienna" compact] and its libraries.</p><!-- /wp:paragraph -->',
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

  it('writes links only where they are links, a file of records only from this site, a block’s class and anchor, and each fallback in the language it is written in', async () => {
    const html = await (await fetch(posts.widgets)).text();
    const involved = /<cc4dr-get-involved[^>]*city="Wien"[^>]*>/.exec(html)?.[0];
    assert.ok(involved, 'the get-involved shortcode');
    assert.ok(!involved.includes('examples-href'), `a javascript: link is not written: ${involved}`);
    assert.ok(involved.includes('finder-href="/members/"'), `a path is: ${involved}`);
    assert.ok(!involved.includes('check-href'), `a bare word is not a link: ${involved}`);
    assert.ok(html.includes(`src="${wordpress.origin}/wp-content/uploads/cc4dr-records.json"`), 'a file on this site');
    assert.ok(!html.includes('elsewhere.example'), 'a file on another host is left out');
    assert.match(
      html,
      /<cc4dr-principle-card (?=[^>]*class="[^"]*\blibrary-feature\b)(?=[^>]*class="[^"]*\bwp-block-cc4dr-principle-card\b)(?=[^>]*id="our-principle")(?=[^>]*principle="privacy")[^>]*>/,
    );
    assert.match(
      html,
      /<cc4dr-member-badge class="wp-block-cc4dr-member-badge" city="Vienna" lang="de"><p><a href="https:\/\/citiesfordigitalrights\.org\/cities" lang="de">Ist Vienna in der Städtekoalition für digitale Rechte\?<\/a><\/p><\/cc4dr-member-badge>/,
    );
    assert.match(
      html,
      /<cc4dr-member-badge class="wp-block-cc4dr-member-badge" city="Vienna" country="AT"><p><a [^>]*lang="en">Is Vienna in the Cities Coalition for Digital Rights\?<\/a><\/p>/,
    );
    // Inside a sentence, the fallback is a link alone: a paragraph there would end the sentence's paragraph.
    assert.match(
      html,
      /<p>Our city: <cc4dr-member-badge city="Vienna" compact><a [^>]*lang="en">Is Vienna in the Cities Coalition for Digital Rights\?<\/a><\/cc4dr-member-badge> and its libraries\.<\/p>/,
    );
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
        const inSentence = await page.evaluate((tags) => {
          const badge = [...document.querySelectorAll('p > cc4dr-member-badge[compact]')][0];
          const stray = [...document.querySelectorAll('a[lang]')].filter((a) => !a.parentElement.closest(tags));
          return { paragraph: badge?.parentElement.textContent.replace(/\s+/g, ' ').trim(), stray: stray.map((a) => a.textContent) };
        }, tagList);
        assert.deepEqual(inSentence.stray, [], 'every fallback stays inside its widget');
        assert.match(inSentence.paragraph ?? '', /^Our city: .* and its libraries\.$/, 'the inline badge stays in its sentence');
        assert.ok(
          widgets.some((w) => w.tag === 'cc4dr-example-list' && w.text.includes('Privacy café at the central library')),
          'the records file from this site, shown',
        );
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
        // WordPress adds ?ver= to the entry's address; the lazy parts (the map, the library check, German) must not
        // load it a second time by its plain address: one entry, one copy of each module, no element defined twice.
        const assets = `${wordpress.origin}/wp-content/plugins/${slug}/assets/`;
        const entries = seen.requests.filter((url) => url.startsWith(`${assets}cc4dr-widgets.js`));
        assert.equal(entries.length, 1, `the entry, from the plugin’s folder, once: ${entries.join(', ')}`);
        assert.match(entries[0], /\?ver=\d+\.\d+\.\d+/);
        const chunks = seen.requests.filter((url) => url.startsWith(`${assets}cc4dr-widgets/`)).map((url) => new URL(url).pathname);
        assert.ok(
          chunks.some((path) => path.includes('/script-tag-')) && chunks.some((path) => /\/messages-de-[\w-]{8}\.js$/.test(path)),
          chunks.join(', '),
        );
        assert.deepEqual(chunks, [...new Set(chunks)], 'each part once');
        // The part the entry imports is linked as a module preload, without ?ver= (with it, it would be a second module,
        // fetched twice), so that the reader's browser can fetch it with the entry rather than once the entry has named
        // it. Which of the two asks first is a race: WordPress prints the link after the script; the link usually wins.
        const entryImports = readFileSync(`${root}dist/wordpress/${slug}/assets/cc4dr-widgets.js`, 'utf8');
        const sharedPart = `${assets}${/"\.\/(cc4dr-widgets\/script-tag-[\w-]{8}\.js)"/.exec(entryImports)?.[1]}`;
        const preloads = await page.evaluate(() => [...document.querySelectorAll('link[rel="modulepreload"]')].map((link) => link.href));
        assert.deepEqual(
          preloads.filter((address) => address.startsWith(assets)),
          [sharedPart],
        );
        assert.ok(chunks.includes(new URL(sharedPart).pathname), `${sharedPart} not fetched`);
        assert.deepEqual(
          seen.warnings.filter((w) => w.includes('already defined')),
          [],
          'no element defined twice',
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
          plainSeen.requests.filter((url) => url.includes(slug) || url.includes('cc4dr-widgets')),
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
      await canvas.evaluate(() => document.fonts.ready);
      await page.screenshot({ path: `${directoryAssets}/screenshot-1.png` });
      // A link inside the widget, clicked: the editor's canvas must not follow it. The editor's own guard sees the
      // click on the widget, not on the link inside its shadow root; the block cancels it.
      await canvas.evaluate(() => {
        window.cc4drClicks = [];
        window.addEventListener('click', (event) => window.cc4drClicks.push(event.defaultPrevented));
      });
      const link = await badge.evaluateHandle((b) => b.shadowRoot.querySelector('a[href^="https:"]'));
      assert.ok(await link.evaluate((a) => a !== null), 'the badge has a link');
      const canvasAddress = canvas.url();
      const navigated = new Promise((resolve) => page.on('framenavigated', (frame) => frame === canvas && resolve('navigated')));
      await link.click();
      const outcome = await Promise.race([
        navigated,
        canvas
          .waitForFunction(() => window.cc4drClicks.length === 1)
          .then(
            () => 'stayed',
            (error) => `lost: ${error.message}`,
          ),
      ]);
      assert.equal(outcome, 'stayed', 'the editor’s canvas stays where it is');
      assert.deepEqual(await canvas.evaluate(() => window.cc4drClicks), [true], 'the link’s click is cancelled');
      assert.equal(canvas.url(), canvasAddress);
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

  it('takes the directory’s screenshot of a published post, and draws its icon and banner', async () => {
    const showcase = await rest(author, '/wp/v2/posts', {
      method: 'POST',
      body: JSON.stringify({
        title: 'Digital rights at the library',
        status: 'publish',
        content: [
          '<!-- wp:paragraph --><p>Our city is part of a network of cities that stand for digital rights. Here is what that means, and what libraries do for it.</p><!-- /wp:paragraph -->',
          block('member-badge', { city: 'Vienna', country: 'AT' }),
          block('principle-card', { principle: 'privacy' }),
          block('example-list', { libraries: true, limit: 2 }),
        ].join('\n\n'),
      }),
    });
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.setViewport({ width: 1200, height: 900 });
      await page.goto(showcase.link, { waitUntil: 'load' });
      await page.evaluate(async (tags) => {
        const widgets = [...document.querySelectorAll(tags)];
        await Promise.all(widgets.map(async (w) => (await customElements.whenDefined(w.localName), w.updateComplete)));
        await document.fonts.ready;
      }, tagList);
      const box = await (await page.$('cc4dr-example-list')).boundingBox();
      const top = await page.evaluate(() => document.querySelector('h1').getBoundingClientRect().top + window.scrollY);
      await page.screenshot({
        path: `${directoryAssets}/screenshot-2.png`,
        clip: { x: 0, y: top - 40, width: 1200, height: box.y + box.height + 40 - (top - 40) },
        captureBeyondViewport: true,
      });
      for (const [name, width, height, output] of [
        ['icon', 128, 128, 'icon-128x128.png'],
        ['icon', 256, 256, 'icon-256x256.png'],
        ['banner', 772, 250, 'banner-772x250.png'],
        ['banner', 1544, 500, 'banner-1544x500.png'],
      ]) {
        await page.setViewport({ width, height });
        const svg = readFileSync(`${root}wordpress/assets/${name}.svg`, 'utf8');
        await page.setContent(
          `<style>html, body { margin: 0 } svg { display: block; width: ${width}px; height: ${height}px }</style>${svg}`,
        );
        await page.evaluate(() => document.fonts.ready);
        await page.screenshot({ path: `${directoryAssets}/${output}`, clip: { x: 0, y: 0, width, height } });
      }
      copyFileSync(`${root}wordpress/assets/icon.svg`, `${directoryAssets}/icon.svg`);
    } finally {
      await browser.close();
    }
    const readme = readFileSync(`${root}wordpress/readme.txt`, 'utf8');
    const captions = [.../== Screenshots ==\n([\s\S]*?)\n== /.exec(readme)[1].matchAll(/^(\d+)\. /gm)].map((m) => Number(m[1]));
    const shots = readdirSync(directoryAssets)
      .filter((file) => /^screenshot-\d+\.png$/.test(file))
      .map((file) => Number(/\d+/.exec(file)[0]))
      .sort();
    assert.deepEqual(shots, captions, 'a caption in the readme for each screenshot, and a screenshot for each caption');
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
    assert.ok(
      page.includes('lang="es">¿Está Vienna en la Coalición de Ciudades por los Derechos Digitales?'),
      'the badge’s fallback, in Spanish',
    );
    assert.ok(page.includes('lang="de">Ist Vienna in der Städtekoalition'), 'a badge set to German keeps its German fallback');
    assert.ok(page.includes('>Sobre la Coalición de Ciudades por los Derechos Digitales</a>'), 'the about fallback, in Spanish');
  });

  it('writes no PHP notice or warning from the plugin (WP_DEBUG on)', () => {
    const log = existsSync(wordpress.debugLog) ? readFileSync(wordpress.debugLog, 'utf8') : '';
    assert.deepEqual(
      log.split('\n').filter((line) => line.includes(slug)),
      [],
    );
  });
});
