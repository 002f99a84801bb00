// Finds the browsers for the tests, Chromium (or Chrome) and Firefox ESR, and PHP for linting the WordPress plugin. On
// Debian or Ubuntu as root it installs Debian's packages when one is missing; anywhere else it stops with a one-line
// instruction. Nothing is ever downloaded from elsewhere.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const browsers = {
  chromium: {
    env: 'CHROME_PATH',
    paths: [
      '/usr/bin/chromium',
      '/usr/bin/chromium-browser',
      '/usr/bin/google-chrome',
      '/usr/bin/google-chrome-stable',
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
    ],
    // DejaVu is the font the screenshot references were made with (test/screenshots/).
    debianPackages: ['chromium', 'fonts-dejavu-core'],
    name: 'Chromium or Chrome',
  },
  firefox: {
    env: 'FIREFOX_PATH',
    paths: ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/Applications/Firefox.app/Contents/MacOS/firefox'],
    debianPackages: ['firefox-esr', 'fonts-dejavu-core'],
    name: 'Firefox (ESR)',
  },
  // Not a browser, but found and installed the same way: `php -l` checks the WordPress plugin's PHP.
  php: {
    env: 'PHP_PATH',
    paths: ['/usr/bin/php', '/usr/local/bin/php', '/opt/homebrew/bin/php'],
    debianPackages: ['php-cli'],
    name: 'PHP (the command-line interpreter)',
  },
};

/** Flags that keep a headless Chromium quiet and offline (it otherwise tries to reach Google's hosts). */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--mute-audio',
];

/** Preferences that keep a headless Firefox offline: no updates, telemetry, safe-browsing lists or captive portal. */
export const firefoxPreferences = {
  'app.update.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'toolkit.telemetry.enabled': false,
};

function found(kind) {
  const { env, paths } = browsers[kind];
  const fromEnv = process.env[env];
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return paths.find((path) => existsSync(path));
}

/** The path of a browser for the tests; with `install`, on Debian or Ubuntu as root, apt installs it when missing. */
export function findBrowser(kind, { install = false } = {}) {
  const path = found(kind);
  if (path || !install) return path;
  const { env, debianPackages, name } = browsers[kind];
  const canApt = process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canApt) throw new Error(`No ${name} found: install it, or set ${env} to its executable, then run npm test again.`);
  console.log(`Installing Debian ${debianPackages[0]} for the browser tests (once per machine)…`);
  const aptEnv = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env: aptEnv });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...debianPackages], { stdio: 'inherit', env: aptEnv });
  const installed = found(kind);
  if (!installed) throw new Error(`apt-get installed ${debianPackages[0]} but no executable was found; set ${env}.`);
  return installed;
}

export const findChromium = (options) => findBrowser('chromium', options);
export const findFirefox = (options) => findBrowser('firefox', options);
export const findPhp = (options) => findBrowser('php', options);

if (import.meta.url === `file://${process.argv[1]}`) console.log(findChromium({ install: true }), findFirefox({ install: true }));
