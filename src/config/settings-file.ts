import { readFileSync } from 'node:fs';
import nagareyama from './cities/nagareyama.json';
import { type CitySettings, InvalidCitySettings, parseCitySettings } from './settings-schema';

/** The environment variable that names a city's settings file on Node, relative to the working directory. */
export const CITY_SETTINGS_VARIABLE = 'TSUNAGU_CITY_SETTINGS';

/** A settings file on disk, read and validated; any problem (missing, not JSON, invalid) is an InvalidCitySettings. */
export function readCitySettingsFile(path: string): CitySettings {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new InvalidCitySettings(path, [`ファイルを読めません（${(error as NodeJS.ErrnoException).code ?? String(error)}）`]);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new InvalidCitySettings(path, [`JSON として読めません: ${(error as Error).message}`]);
  }
  return parseCitySettings(data, path);
}

/** The shipped settings, in force when TSUNAGU_CITY_SETTINGS is unset or empty. */
export const DEFAULT_CITY_SETTINGS = 'src/config/cities/nagareyama.json';

type Env = Readonly<Record<string, string | undefined>>;

/** Where the settings the environment chooses come from, for messages. */
export function citySettingsSource(env: Env): string {
  return env[CITY_SETTINGS_VARIABLE] || DEFAULT_CITY_SETTINGS;
}

/** The settings the environment chooses: the file TSUNAGU_CITY_SETTINGS names, Nagareyama's when it is unset or empty. */
export function citySettingsFor(env: Env): CitySettings {
  const path = env[CITY_SETTINGS_VARIABLE];
  // Imported rather than read, so the default needs no working directory and no file system.
  return path ? readCitySettingsFile(path) : parseCitySettings(nagareyama, DEFAULT_CITY_SETTINGS);
}
