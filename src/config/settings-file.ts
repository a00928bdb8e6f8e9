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

/** The settings the environment chooses: the file TSUNAGU_CITY_SETTINGS names, Nagareyama's when it is unset or empty. */
export function citySettingsFor(env: Readonly<Record<string, string | undefined>>): CitySettings {
  const path = env[CITY_SETTINGS_VARIABLE];
  return path ? readCitySettingsFile(path) : parseCitySettings(nagareyama, 'src/config/cities/nagareyama.json');
}
