/**
 * Finds the system Chromium (this machine cannot download Playwright's own),
 * for the end-to-end tests and `npm run pdf`. No browser is a failure with
 * instructions, never a silent skip.
 */
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function chromiumExecutable(override: string | undefined): string {
  const found = [override, ...CANDIDATES].find(
    (path): path is string => !!path && existsSync(path),
  );
  if (!found) {
    throw new Error(
      'No Chromium found (the end-to-end tests and `npm run pdf` need it). Install it with `sudo apt-get install -y chromium` ' +
        '(Debian/Ubuntu), or set CHROMIUM_PATH to a Chromium or Chrome executable.',
    );
  }
  return found;
}
