import data from 'tsunagu-city-settings';
import { parseCitySettings } from './settings-schema';

// A Worker has no file system and its plain variables hold at most 5 KB, less than a city's
// vocabulary: the settings file is bundled, the one wrangler.toml's [alias] names. An invalid file
// fails the Worker's start, so `wrangler deploy` refuses the version with the problems named.
export const citySettings = parseCitySettings(data, 'wrangler.toml の [alias] tsunagu-city-settings');
