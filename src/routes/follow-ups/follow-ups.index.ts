import { createRouter } from '../../lib/openapi';
import { listFollowUps } from '../../services/follow-ups';
import { listFollowUpsRoute } from './follow-ups.routes';

export const followUpsRouter = createRouter()
  .openapi(listFollowUpsRoute, async (c) => c.json(await listFollowUps(c.get('ctx'), c.req.valid('query')), 200));
