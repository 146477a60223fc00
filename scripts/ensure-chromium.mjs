// Installs Debian's Chromium and the Noto fonts (they include the Myanmar script) for the end-to-end tests, when they
// are missing. Playwright cannot download its own browsers on this network; the tests launch /usr/bin/chromium.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(CHROMIUM)) {
  console.log(`chromium: ${CHROMIUM}`);
} else {
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  const sudo = root ? '' : 'sudo ';
  console.log(`chromium not found at ${CHROMIUM}; installing Debian's chromium and fonts-noto-core`);
  execSync(
    `${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-core`,
    { stdio: 'inherit' },
  );
}
