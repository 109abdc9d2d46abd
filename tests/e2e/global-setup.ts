/**
 * Builds the site and serves it with the same stack `npm start` runs, on a
 * fresh data folder and free ports; tests read the origin from E2E_BASE_URL
 * and may check stored rows through E2E_DATABASE_URL. The synthetic demo
 * pool is loaded too; E2E_DEMO_TOKEN opens its demo report.
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findFreePort } from '../../stack/ports.ts';
import { ensureDemoPool } from '../../stack/demo-pool.ts';
import { startStack } from '../../stack/stack.ts';

export default async function globalSetup(): Promise<() => Promise<void>> {
  const root = mkdtempSync(join(tmpdir(), 'cx-e2e-'));
  chmodSync(root, 0o711); // the cluster runs as the `postgres` OS user when tests run as root
  const stack = await startStack({
    dataDir: join(root, 'data'),
    dbPort: await findFreePort(),
    http: { port: 0, host: '127.0.0.1', siteRoot: join(root, 'dist'), build: true },
  });
  process.env.E2E_BASE_URL = stack.url;
  process.env.E2E_DATABASE_URL = stack.superuserUrl();
  process.env.E2E_DEMO_TOKEN = await ensureDemoPool(stack.superuserUrl(), join(root, 'demo.json'));
  return async () => {
    await stack.stop();
    rmSync(root, { recursive: true, force: true });
  };
}
