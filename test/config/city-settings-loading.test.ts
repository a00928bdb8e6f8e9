import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import nagareyama from '../../src/config/cities/nagareyama.json';
import { CITY_SETTINGS_VARIABLE, citySettingsFor } from '../../src/config/settings-file';
import { InvalidCitySettings } from '../../src/config/settings-schema';

const TSX = createRequire(import.meta.url).resolve('tsx/cli');
const dir = mkdtempSync(join(tmpdir(), 'tsunagu-city-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** An invented city of two areas, written to a file of its own. */
const kawabe = {
  ...nagareyama,
  city: { code: '999991', name: '架空市' },
  areas: [
    { code: 'kawakami', label: '川上', point: { lat: 36.1, lng: 139.1 } },
    { code: 'kawashimo', label: '川下', point: { lat: 36.0, lng: 139.2 } },
  ],
  stations: [],
};
/** A file in the test's own directory: a settings file, or a script to run with one. */
function inTemp(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}
const kawabeFile = inTemp('kawabe.json', JSON.stringify(kawabe));

/** Runs tsx with `args` in a child process whose TSUNAGU_CITY_SETTINGS names `settingsPath`. */
function runWith(settingsPath: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [TSX, ...args],
      { env: { ...process.env, [CITY_SETTINGS_VARIABLE]: settingsPath, DATABASE_URL: ':memory:' }, timeout: 60_000 },
      (error, stdout, stderr) => resolve({ code: error ? ((error.code as number | undefined) ?? -1) : 0, stdout, stderr }),
    );
  });
}

describe('city settings: which file is in force', () => {
  it('is Nagareyama’s when TSUNAGU_CITY_SETTINGS is unset or empty', () => {
    expect(citySettingsFor({}).city.name).toBe('流山市');
    expect(citySettingsFor({ [CITY_SETTINGS_VARIABLE]: '' }).city.name).toBe('流山市');
  });

  it('is the file TSUNAGU_CITY_SETTINGS names', () => {
    const settings = citySettingsFor({ [CITY_SETTINGS_VARIABLE]: kawabeFile });
    expect(settings.city).toEqual({ code: '999991', name: '架空市' });
    expect(settings.areas.map((area) => area.code)).toEqual(['kawakami', 'kawashimo']);
  });

  it('names the file when it is missing or not JSON', () => {
    const missing = join(dir, 'missing.json');
    expect(() => citySettingsFor({ [CITY_SETTINGS_VARIABLE]: missing })).toThrow(InvalidCitySettings);
    expect(() => citySettingsFor({ [CITY_SETTINGS_VARIABLE]: missing })).toThrow(`市の設定（${missing}）に 1 件の問題`);
    expect(() => citySettingsFor({ [CITY_SETTINGS_VARIABLE]: inTemp('broken.json', '{ "city": ') })).toThrow('JSON として読めません');
  });

  it('reaches the HTTP surface of a process started with it: the OpenAPI document lists its areas', async () => {
    const script = inTemp(
      'openapi-areas.mts',
      [
        `import { createHarness } from ${JSON.stringify(fileURLToPath(new URL('../support/harness.ts', import.meta.url)))};`,
        'const h = await createHarness();',
        "const spec = (await h.as(null).get('/openapi.json')).body;",
        'console.log(JSON.stringify(spec.components.schemas.HostInput.properties.area.enum));',
        'h.close();',
      ].join('\n'),
    );
    const run = await runWith(kawabeFile, [script]);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual(['kawakami', 'kawashimo']);
  });

  it('checks a file with `npm run check:settings` without starting anything', async () => {
    const run = await runWith('', ['src/check-settings.ts', kawabeFile]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`市の設定（${kawabeFile}）は有効です: 架空市（999991）`);
    expect(run.stdout).toContain('地域: kawakami=川上, kawashimo=川下');
  });

  it('keeps `npm run migrate` from starting when the file is invalid, printing each problem and no stack trace', async () => {
    const invalid = inTemp('invalid.json', JSON.stringify({ ...kawabe, areas: [kawabe.areas[0], kawabe.areas[0]], staleListingDays: 90 }));
    const run = await runWith(invalid, ['src/migrate.ts']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`市の設定（${invalid}）に 3 件の問題があるため起動できません:`);
    expect(run.stderr).toContain('  - areas[1].code: 「kawakami」が重複しています');
    expect(run.stderr).toContain('  - areas[1].label: 「川上」が重複しています');
    expect(run.stderr).toContain('  - (ファイル全体): 認識されていないキー: "staleListingDays"');
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.stdout).not.toContain('マイグレーション');
  });
});
