import { citySettingsFor } from './settings-file';
import { InvalidCitySettings } from './settings-schema';

// Read once, when src/config is first imported (server, migrate, seed, bench, each vitest worker),
// so every schema built at module load already sees the city in force. package.json's `imports`
// maps #city-settings here on Node and to in-force.worker.ts in the Worker bundle.
function inForce() {
  try {
    return citySettingsFor(process.env);
  } catch (error) {
    if (!(error instanceof InvalidCitySettings)) throw error;
    // The problems, not a stack trace: the person reading this edits a JSON file, not code.
    console.error(error.message);
    process.exit(1);
  }
}

export const citySettings = inForce();
