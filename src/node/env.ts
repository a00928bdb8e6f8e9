import { adminTokenProblem } from '../auth/tokens';
import { DEFAULT_DATABASE_URL } from '../db/client';

/** Node process settings, read once from the environment (see README "Configuration"). */
export function readNodeEnv(env: NodeJS.ProcessEnv = process.env) {
  const port = Number(env.PORT ?? 8787);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got ${env.PORT}`);
  const adminToken = env.ADMIN_TOKEN || undefined;
  const weakness = adminToken === undefined ? null : adminTokenProblem(adminToken);
  if (weakness) throw new Error(`${weakness} (e.g. openssl rand -hex 32)`);
  return {
    port,
    host: env.HOST || '127.0.0.1',
    databaseUrl: env.DATABASE_URL || DEFAULT_DATABASE_URL,
    databaseAuthToken: env.DATABASE_AUTH_TOKEN || undefined,
    seed: env.SEED !== 'none',
    adminToken,
    logRequests: env.LOG_REQUESTS !== 'none',
  };
}

/**
 * Whether the server is reachable from this machine only. Demo data (whose tokens are printed to
 * the console) is seeded only then, never into a server that listens beyond loopback.
 */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[(.*)\]$/, '$1').toLowerCase();
  return bare === 'localhost' || bare === '::1' || /^127(\.\d{1,3}){3}$/.test(bare);
}
