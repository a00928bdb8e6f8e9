import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../context';
import { auditRouter } from './audit/audit.index';
import { hostsRouter } from './hosts/hosts.index';
import { opportunitiesRouter } from './opportunities/opportunities.index';
import { participantsRouter } from './participants/participants.index';
import { usersRouter } from './users/users.index';

/** Every resource router, mounted once. */
export function registerRoutes(app: OpenAPIHono<AppEnv>): void {
  app.route('/', usersRouter);
  app.route('/', hostsRouter);
  app.route('/', opportunitiesRouter);
  app.route('/', participantsRouter);
  app.route('/', auditRouter);
}
