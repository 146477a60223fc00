// npm run generate:icons — renders assets/icon.svg to the PNG sizes browsers ask for (public/icon/<size>.png, which
// WXT puts in the manifest), with the same Chromium the tests use. The PNGs are committed; rerun after editing the SVG.
import { chromium } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';

const SIZES = [16, 32, 48, 96, 128];
const svg = readFileSync('assets/icon.svg', 'utf8');

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
mkdirSync('public/icon', { recursive: true });
for (const size of SIZES) {
  const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
  );
  await page.locator('svg').screenshot({ path: `public/icon/${size}.png`, omitBackground: true });
  await page.close();
}
await browser.close();
console.log(`public/icon/{${SIZES.join(',')}}.png`);
