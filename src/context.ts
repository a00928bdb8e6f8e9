import type { Db } from './db/db';
import type { Role } from './domain/roles';

export type LogEntry = Record<string, unknown> & { level: 'info' | 'warn' | 'error'; msg: string };
export type Logger = (entry: LogEntry) => void;

/** Runs a task after the response has gone out (see src/lib/defer.ts). */
export type Defer = (task: () => Promise<void>) => void;

/** What the app needs from the outside world; tests pass their own database and clock. */
export type Deps = {
  db: Db;
  now: () => Date;
  log: Logger;
  /** Set per request by the app; a caller outside a request (seeding, benchmarks) goes without. */
  defer?: Defer;
};

/** The authenticated caller. */
export type Actor = { id: string; name: string; role: Role; hostId: string | null };

/** What every service verb receives: dependencies, the caller, and the request id for the audit log. */
export type Ctx = Deps & { actor: Actor; requestId: string };

export type AppEnv = {
  Variables: {
    deps: Deps;
    ctx: Ctx;
    requestId: string;
  };
};
