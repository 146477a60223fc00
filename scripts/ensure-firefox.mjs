// Installs Debian's Firefox ESR for the Firefox end-to-end suite (tests/firefox, `npm run test:firefox`) when it is
// missing. puppeteer-core drives it over WebDriver BiDi; it downloads no browser of its own.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
if (existsSync(FIREFOX)) {
  console.log(`firefox: ${FIREFOX}`);
} else {
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  const sudo = root ? '' : 'sudo ';
  console.log(`firefox not found at ${FIREFOX}; installing Debian's firefox-esr`);
  execSync(
    `${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq firefox-esr`,
    { stdio: 'inherit' },
  );
}
