// What every browser script shares: Debian's Chromium, numbered screenshots, clicks as DOM events
// and the way a script fails.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import path from 'node:path';

/** Headless Chromium (Debian's, or $CHROMIUM), without the background traffic a test does not need. */
export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/**
 * A screenshot function writing `<prefix>NN-<name>.png` into `folder`, NN counting up, of the page
 * `currentPage()` gives at that moment (a script may move to a new page for another user).
 */
export function screenshots(folder, prefix, currentPage) {
  mkdirSync(folder, { recursive: true });
  let step = 0;
  return (name, fullPage = false) => currentPage().screenshot({
    path: path.join(folder, `${prefix}${String(++step).padStart(2, '0')}-${name}.png`),
    fullPage,
  });
}

/** A click sent as a DOM event: synthetic mouse input does not reach the page in this platform's Chromium. */
export const click = (locator) => locator.dispatchEvent('click');

/** A failed script: a last screenshot, the reason on stderr, exit code 1 for the Java test. */
export async function mislukt(shot, error) {
  await shot('failure');
  console.error(error.message);
  process.exitCode = 1;
}
