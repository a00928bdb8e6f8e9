import { citySettingsFor, citySettingsSource, readCitySettingsFile } from './config/settings-file';
import { InvalidCitySettings } from './config/settings-schema';

// `npm run check:settings [file]`: validates a settings file without starting anything, the check a
// Worker city needs before `wrangler deploy` (a dry-run build bundles the file but never reads it).
// Without an argument it checks the file TSUNAGU_CITY_SETTINGS names, or Nagareyama's.
const path = process.argv[2];
try {
  const settings = path ? readCitySettingsFile(path) : citySettingsFor(process.env);
  console.log(`市の設定（${path ?? citySettingsSource(process.env)}）は有効です: ${settings.city.name}（${settings.city.code}）`);
  console.log(`  地域: ${settings.areas.map((area) => `${area.code}=${area.label}`).join(', ')}`);
  console.log(`  フォローアップ: ${settings.followUp.days.join('・')} 日後`);
  console.log(
    `  定着の集計: ${settings.retention.checkpointDays.join('・')} 日（受け入れ先の実績は ${settings.retention.hostCheckpointDay} 日）`,
  );
} catch (error) {
  if (!(error instanceof InvalidCitySettings)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
