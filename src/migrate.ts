import { parseArgs } from 'node:util';
import { AREAS, CITY } from './config';
import type { Ctx } from './context';
import { openDatabase } from './db/client';
import { adoptD1Migrations, migrateDatabase } from './db/migrate';
import { parseAreaMove, type AreaMove } from './domain/areas/stranded';
import { jsonLineLogger } from './lib/logger';
import { readNodeEnv } from './node/env';
import { exitIfAreasStranded } from './node/stranded-areas';
import { moveArea } from './services/areas';

// One-shot `npm run migrate` for a libSQL database (a file, or Turso through DATABASE_URL and
// DATABASE_AUTH_TOKEN), so a schema change can be applied before a deploy rather than by the
// first server start. D1 is migrated by wrangler instead (see docs/operations.md).
// `--move-area old=new` (repeatable) then moves records off an area code the settings dropped;
// last, the same check as the server's start refuses while any record is left on such a code.
const { values } = parseArgs({ options: { 'move-area': { type: 'string', multiple: true } } });
const moves: AreaMove[] = (values['move-area'] ?? []).map((argument) => {
  const move = parseAreaMove(argument, AREAS);
  if (!('problem' in move)) return move;
  console.error(move.problem);
  process.exit(1);
});

const env = readNodeEnv();
const { db, client } = openDatabase({ url: env.databaseUrl, authToken: env.databaseAuthToken });
try {
  const adopted = await adoptD1Migrations(db);
  if (adopted.length > 0) console.log(`D1 で適用済みのマイグレーションを記録しました: ${adopted.join(', ')}`);
  const applied = await migrateDatabase(db);
  console.log(`データベース: ${env.databaseUrl}`);
  console.log(`市の設定: ${CITY.name}（${CITY.code}）`);
  console.log(applied.length > 0 ? `適用したマイグレーション: ${applied.join(', ')}` : 'マイグレーションは最新です。');
  // Whoever runs this holds the database's credentials: the audit row names the command, as an admin action.
  const ctx: Ctx = {
    db,
    now: () => new Date(),
    log: jsonLineLogger({ requests: false }),
    actor: { id: 'operator', name: 'npm run migrate', role: 'admin', hostId: null },
    requestId: `migrate-${new Date().toISOString()}`,
  };
  for (const move of moves) {
    const moved = await moveArea(ctx, move);
    console.log(
      `地域コード ${move.from} → ${move.to}: 受け入れ先 ${moved.hosts}件、受け入れメニュー ${moved.opportunities}件、参加者 ${moved.participants}件を移しました。`,
    );
  }
  await exitIfAreasStranded(db, () => client.close());
} finally {
  client.close();
}
