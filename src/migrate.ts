import { CITY } from './config';
import { openDatabase } from './db/client';
import { adoptD1Migrations, migrateDatabase } from './db/migrate';
import { readNodeEnv } from './node/env';

// One-shot `npm run migrate` for a libSQL database (a file, or Turso through DATABASE_URL and
// DATABASE_AUTH_TOKEN), so a schema change can be applied before a deploy rather than by the
// first server start. D1 is migrated by wrangler instead (see docs/operations.md).
const env = readNodeEnv();
const { db, client } = openDatabase({ url: env.databaseUrl, authToken: env.databaseAuthToken });
try {
  const adopted = await adoptD1Migrations(db);
  if (adopted.length > 0) console.log(`D1 で適用済みのマイグレーションを記録しました: ${adopted.join(', ')}`);
  const applied = await migrateDatabase(db);
  console.log(`データベース: ${env.databaseUrl}`);
  console.log(`市の設定: ${CITY.name}（${CITY.code}）`);
  console.log(applied.length > 0 ? `適用したマイグレーション: ${applied.join(', ')}` : 'マイグレーションは最新です。');
} finally {
  client.close();
}
