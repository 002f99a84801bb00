// Finds a Chromium-family browser for the tests. On Debian or Ubuntu as root it installs Debian's chromium when none
// is found; anywhere else it stops with a one-line instruction. No browser is ever downloaded from elsewhere.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const candidates = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

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

function found() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return candidates.find((path) => existsSync(path));
}

export function findChromium({ install = false } = {}) {
  const path = found();
  if (path || !install) return path;
  const canApt = process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canApt) {
    throw new Error('No Chromium or Chrome found: install one, or set CHROME_PATH to its executable, then run npm test again.');
  }
  console.log('Installing Debian chromium for the browser tests (once per machine)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  // DejaVu is the font the screenshot references were made with (test/screenshots/).
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium', 'fonts-dejavu-core'], { stdio: 'inherit', env });
  const installed = found();
  if (!installed) throw new Error('apt-get installed chromium but no executable was found; set CHROME_PATH.');
  return installed;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(findChromium({ install: true }));
