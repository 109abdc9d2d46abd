import type { TStackSecrets } from '../../stack/secrets.ts';

/** The migrated database every test file clones. */
export const TEMPLATE_DATABASE = 'app_template';

export type TTestCluster = { root: string; port: number; secrets: TStackSecrets };

export function clusterUrl(cluster: TTestCluster, database: string, role = 'postgres'): string {
  const password =
    role === 'authenticator'
      ? cluster.secrets.authenticatorPassword
      : cluster.secrets.postgresPassword;
  return `postgres://${role}:${encodeURIComponent(password)}@127.0.0.1:${cluster.port}/${database}`;
}
