import { seedDemoIfEmpty } from '../seed/load';
import { createApp } from './app';
import { ensureAdmin } from './auth/tokens';
import { isLocalDatabaseUrl, openDatabase } from './db/client';
import { migrateDatabase } from './db/migrate';
import { nodeDocsScript } from './node/docs-script';
import { readNodeEnv } from './node/env';
import { nodeLimits, serveApp } from './node/serve';
import { jsonLineLogger } from './lib/logger';

const env = readNodeEnv();
const { db, client } = openDatabase({ url: env.databaseUrl, authToken: env.databaseAuthToken });
const log = jsonLineLogger({ requests: env.logRequests });
const now = () => new Date();

await migrateDatabase(db);
if (env.adminToken) await ensureAdmin(db, env.adminToken, now());
const demo = env.seed && isLocalDatabaseUrl(env.databaseUrl) ? await seedDemoIfEmpty(db, now()) : null;

const app = createApp({ deps: { db, now, log }, docsScript: nodeDocsScript, limits: nodeLimits() });
const server = serveApp(app, { port: env.port, hostname: env.host }, (info) => {
  const base = `http://${env.host}:${info.port}`;
  console.log(`\nTsunagu（つなぐ）を起動しました: ${base}`);
  console.log(`  API リファレンス: ${base}/docs`);
  console.log(`  データベース: ${env.databaseUrl}`);
  if (demo) {
    console.log(demo.created ? '  デモデータ（架空の流山市）を投入しました。' : '  既存のデータベースを使います（デモデータは投入済み）。');
    console.log('  デモ用トークン（Authorization: Bearer <token>）:');
    for (const user of demo.users) console.log(`    ${user.role.padEnd(11)} ${user.token}  ${user.name}`);
    console.log(`\n  例: curl -G -H 'Authorization: Bearer ${demo.users.find((u) => u.role === 'supporter')?.token ?? ''}' --data-urlencode 'q=カフェ' ${base}/v1/opportunities\n`);
  }
});

function shutdown(signal: string) {
  log({ level: 'info', msg: 'shutting down', signal });
  server.close(() => {
    client.close();
    process.exit(0);
  });
  // Idle keep-alive sockets would otherwise hold the process open.
  setTimeout(() => process.exit(0), 5_000).unref();
}
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
