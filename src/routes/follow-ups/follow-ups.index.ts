import { createRouter } from '../../lib/openapi';
import { createCheckIn, listCheckIns, listFollowUps } from '../../services/follow-ups';
import { replayHeaders } from '../headers';
import { createCheckInRoute, listCheckInsRoute } from './check-ins.routes';
import { listFollowUpsRoute } from './follow-ups.routes';

export const followUpsRouter = createRouter()
  .openapi(listFollowUpsRoute, async (c) => c.json(await listFollowUps(c.get('ctx'), c.req.valid('query')), 200))
  .openapi(createCheckInRoute, async (c) => {
    const outcome = await createCheckIn(
      c.get('ctx'),
      c.req.valid('param').id,
      c.req.valid('json'),
      c.req.valid('header')['idempotency-key'],
    );
    return c.json(outcome.body, 201, replayHeaders(outcome));
  })
  .openapi(listCheckInsRoute, async (c) => c.json(await listCheckIns(c.get('ctx'), c.req.valid('param').id, c.req.valid('query')), 200));
