import { createRouter } from '../../lib/openapi';
import { createPlacement, getPlacement, listPlacements } from '../../services/placements';
import { transitionPlacement } from '../../services/placement-transitions';
import { createCheckIn, listCheckIns } from '../../services/check-ins';
import { createCheckInRoute, listCheckInsRoute } from './check-ins.routes';
import { createPlacementRoute, getPlacementRoute, listPlacementsRoute, transitionPlacementRoute } from './placements.routes';
import { replayHeaders } from './replay-headers';

export const placementsRouter = createRouter()
  .openapi(createPlacementRoute, async (c) => {
    const outcome = await createPlacement(c.get('ctx'), c.req.valid('json'), c.req.valid('header')['idempotency-key']);
    return c.json(outcome.body, 201, replayHeaders(outcome));
  })
  .openapi(listPlacementsRoute, async (c) => c.json(await listPlacements(c.get('ctx'), c.req.valid('query')), 200))
  .openapi(getPlacementRoute, async (c) => c.json(await getPlacement(c.get('ctx'), c.req.valid('param').id), 200))
  .openapi(transitionPlacementRoute, async (c) => {
    const outcome = await transitionPlacement(c.get('ctx'), c.req.valid('param').id, c.req.valid('json'), c.req.valid('header')['idempotency-key']);
    return c.json(outcome.body, 200, replayHeaders(outcome));
  })
  .openapi(createCheckInRoute, async (c) => {
    const outcome = await createCheckIn(c.get('ctx'), c.req.valid('param').id, c.req.valid('json'), c.req.valid('header')['idempotency-key']);
    return c.json(outcome.body, 201, replayHeaders(outcome));
  })
  .openapi(listCheckInsRoute, async (c) => c.json(await listCheckIns(c.get('ctx'), c.req.valid('param').id, c.req.valid('query')), 200));
