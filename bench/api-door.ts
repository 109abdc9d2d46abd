/**
 * The way real traffic reaches the database in a bench: PostgREST on a unix
 * socket behind the stack's own HTTP server and proxy, for a throwaway
 * cluster's database. Calls go through the proxy's checks (apikey, origin,
 * limits) and PostgREST's JSON, as a browser's would.
 */
import { join } from 'node:path';
import { startHttpServer } from '../stack/http-server.ts';
import { postgrestBinary } from '../stack/postgrest-binary.ts';
import { startPostgrest } from '../stack/postgrest.ts';
import type { TStackSecrets } from '../stack/secrets.ts';

export type TApiDoor = {
  /** The HTTP server's base URL (the API is under /rest/v1). */
  url: string;
  /** The anon key the proxy requires. */
  key: string;
  stop: () => Promise<void>;
};

/**
 * Starts PostgREST for the database `superuserUrl` names (connecting as the
 * authenticator role) and the HTTP server in front of it, serving no site.
 */
export async function openApiDoor(
  root: string,
  superuserUrl: string,
  secrets: TStackSecrets,
): Promise<TApiDoor> {
  const postgrest = await startPostgrest({
    dbUri: superuserUrl.replace(
      /^postgres:\/\/postgres:[^@]*@/,
      `postgres://authenticator:${encodeURIComponent(secrets.authenticatorPassword)}@`,
    ),
    jwtSecret: secrets.jwtSecret,
    socketPath: join(root, 'postgrest-door.sock'),
    logFile: join(root, 'postgrest-door.log'),
    binary: postgrestBinary(process.env['POSTGREST_BIN']),
  });
  try {
    const http = await startHttpServer({
      siteRoot: join(root, 'no-site'),
      postgrestSocket: join(root, 'postgrest-door.sock'),
      port: 0,
      host: '127.0.0.1',
      apiKeys: [secrets.anonKey],
    });
    return {
      url: http.url,
      key: secrets.anonKey,
      stop: async () => {
        await http.stop().catch(() => undefined);
        await postgrest.stop().catch(() => undefined);
      },
    };
  } catch (error) {
    await postgrest.stop().catch(() => undefined);
    throw error;
  }
}
