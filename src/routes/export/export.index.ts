import { createRouter } from '../../lib/openapi';
import { exportHsdsJson } from '../../services/hsds';
import { hsdsRoute } from './export.routes';

export const exportRouter = createRouter();

// Registered for the contract, served as plain text: the export is cached as built JSON text and
// sent as is, where a typed `c.json` would parse nothing but serialize megabytes again.
exportRouter.openAPIRegistry.registerPath(hsdsRoute);
exportRouter.get(hsdsRoute.path, async (c) =>
  c.body(await exportHsdsJson(c.get('ctx')), 200, { 'content-type': 'application/json; charset=utf-8' }),
);
