/**
 * `npm run seed`: migrates and seeds the invented demo into the local database named by
 * DATABASE_URL. Refuses anything but a local file, so demo data can never reach production.
 */
import { CITY } from '../src/config';
import { isLocalDatabaseUrl, openDatabase } from '../src/db/client';
import { migrateDatabase } from '../src/db/migrate';
import { readNodeEnv } from '../src/node/env';
import { seedDemoIfEmpty } from './load';

const env = readNodeEnv();
if (!isLocalDatabaseUrl(env.databaseUrl)) {
  console.error(`デモデータはローカルのデータベースにだけ投入できます（DATABASE_URL=${env.databaseUrl.replace(/\/\/.*@/, '//…@')}）。`);
  process.exit(1);
}
const { db, client } = openDatabase({ url: env.databaseUrl });
await migrateDatabase(db);
const summary = await seedDemoIfEmpty(db, new Date());
const outcome = {
  created: `デモデータを投入しました: ${env.databaseUrl}`,
  not_empty: `データベースは空ではないため、何もしませんでした: ${env.databaseUrl}`,
  other_city: `デモデータ（架空の流山市）は流山市の設定でだけ投入します（いまの設定: ${CITY.name}）。何もしませんでした。`,
};
console.log(outcome[summary.created ? 'created' : summary.reason]);
if (summary.created) console.log('デモ用トークン（表示はこの一度だけです）:');
for (const user of summary.users) console.log(`  ${user.role.padEnd(11)} ${user.token}  ${user.name}`);
client.close();
