import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../context';
import { usersRouter } from './users/users.index';

/** Every resource router, mounted once. */
export function registerRoutes(app: OpenAPIHono<AppEnv>): void {
  app.route('/', usersRouter);
}
