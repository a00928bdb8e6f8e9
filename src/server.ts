import { createFirstAdmin, seedDemoIfEmpty } from '../seed/load';
import { createApp } from './app';
import { ensureAdmin } from './auth/tokens';
import { CITY } from './config';
import { isLocalDatabaseUrl, openDatabase } from './db/client';
import { migrateDatabase } from './db/migrate';
import { nodeDocsScript } from './node/docs-script';
import { isLoopbackHost, readNodeEnv } from './node/env';
import { exitIfAreasStranded } from './node/stranded-areas';
import { nodeLimits, serveApp } from './node/serve';
import { jsonLineLogger } from './lib/logger';

const env = readNodeEnv();
const { db, client } = openDatabase({ url: env.databaseUrl, authToken: env.databaseAuthToken });
const log = jsonLineLogger({ requests: env.logRequests });
const now = () => new Date();

await migrateDatabase(db);
await exitIfAreasStranded(db, () => client.close());
if (env.adminToken) await ensureAdmin(db, env.adminToken, now());
const localOnly = isLocalDatabaseUrl(env.databaseUrl) && isLoopbackHost(env.host);
const demo = env.seed && localOnly ? await seedDemoIfEmpty(db, now()) : null;
// Without the demo's users or ADMIN_TOKEN (another city, SEED=none), nobody could sign in to a new database.
const firstAdmin = localOnly && !demo?.created ? await createFirstAdmin(db, now()) : null;

const app = createApp({ deps: { db, now, log }, docsScript: nodeDocsScript, limits: nodeLimits() });
const server = serveApp(app, { port: env.port, hostname: env.host }, (info) => {
  const base = `http://${env.host}:${info.port}`;
  console.log(`\nTsunagu（つなぐ）を起動しました: ${base}`);
  console.log(`  API リファレンス: ${base}/docs`);
  console.log(`  データベース: ${env.databaseUrl}`);
  console.log(`  市の設定: ${CITY.name}（${CITY.code}）`);
  if (env.seed && !isLoopbackHost(env.host)) console.log(`  HOST=${env.host} はこのマシンの外から届くため、デモデータは投入しません。`);
  if (demo?.created) {
    console.log('  デモデータ（架空の流山市）を投入しました。');
    console.log('  デモ用トークン（Authorization: Bearer <token>）。表示はこの一度だけです。控えておいてください:');
    for (const user of demo.users) console.log(`    ${user.role.padEnd(11)} ${user.token}  ${user.name}`);
    console.log(
      `\n  例: curl -G -H 'Authorization: Bearer ${demo.users.find((u) => u.role === 'supporter')?.token ?? ''}' --data-urlencode 'q=カフェ' ${base}/v1/opportunities\n`,
    );
  } else if (demo?.reason === 'other_city') {
    console.log(`  デモデータ（架空の流山市）は流山市の設定でだけ投入します。受け入れ先の一覧は空から始まります。`);
  } else if (demo) {
    console.log(
      `  既存のデータベースを使います。デモ用トークンは投入したときに一度だけ表示しました（忘れたときは ${env.databaseUrl} を消して起動し直してください）。`,
    );
  }
  if (firstAdmin) {
    console.log('  管理者を作成しました。トークン（Authorization: Bearer <token>）。表示はこの一度だけです。控えておいてください:');
    console.log(`    admin       ${firstAdmin.token}  ${firstAdmin.name}`);
    console.log(`  ${base}/ を開き、「トークン」に貼り付けて「サインイン」を押すと、受け入れ先や利用者を登録できます。\n`);
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
