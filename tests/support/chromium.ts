import { chromium, type Browser } from 'playwright-core';

/**
 * Debian's Chromium for the browser tests (the docs page, the desk): `npm test` installs it when
 * missing, since this machine cannot download a browser of its own. CHROMIUM_PATH overrides.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
