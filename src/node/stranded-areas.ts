import type { Db } from '../db/db';
import { refuseStrandedAreas, StrandedAreasError } from '../services/areas';

/**
 * The start-up check of the Node entry points (`npm start`, `npm run migrate`): while records carry
 * area codes the settings do not list, print which and how to move them, and stop with exit code 1.
 * The operator reads the message, not a stack trace.
 */
export async function exitIfAreasStranded(db: Db, close: () => void): Promise<void> {
  try {
    await refuseStrandedAreas(db);
  } catch (error) {
    if (!(error instanceof StrandedAreasError)) throw error;
    console.error(error.message);
    close();
    process.exit(1);
  }
}
