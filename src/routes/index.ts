import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../context';
import { auditRouter } from './audit/audit.index';
import { exportRouter } from './export/export.index';
import { followUpsRouter } from './follow-ups/follow-ups.index';
import { hostSupportRouter } from './host-support/host-support.index';
import { hostsRouter } from './hosts/hosts.index';
import { importsRouter } from './imports/imports.index';
import { matchesRouter } from './matches/matches.index';
import { opportunitiesRouter } from './opportunities/opportunities.index';
import { participantsRouter } from './participants/participants.index';
import { placementsRouter } from './placements/placements.index';
import { reportsRouter } from './reports/reports.index';
import { usersRouter } from './users/users.index';

/** Every resource router, mounted once. */
export function registerRoutes(app: OpenAPIHono<AppEnv>): void {
  app.route('/', usersRouter);
  app.route('/', hostsRouter);
  app.route('/', opportunitiesRouter);
  app.route('/', participantsRouter);
  app.route('/', matchesRouter);
  app.route('/', placementsRouter);
  app.route('/', followUpsRouter);
  app.route('/', hostSupportRouter);
  app.route('/', reportsRouter);
  app.route('/', exportRouter);
  app.route('/', importsRouter);
  app.route('/', auditRouter);
}
