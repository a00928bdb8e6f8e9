import { createRouter } from '../../lib/openapi';
import { createPlacement, getPlacement, listPlacements, transitionPlacement } from '../../services/placements';
import { replayHeaders } from '../headers';
import { createPlacementRoute, getPlacementRoute, listPlacementsRoute, transitionPlacementRoute } from './placements.routes';

export const placementsRouter = createRouter()
  .openapi(createPlacementRoute, async (c) => {
    const outcome = await createPlacement(c.get('ctx'), c.req.valid('json'), c.req.valid('header')['idempotency-key']);
    return c.json(outcome.body, 201, replayHeaders(outcome));
  })
  .openapi(listPlacementsRoute, async (c) => c.json(await listPlacements(c.get('ctx'), c.req.valid('query')), 200))
  .openapi(getPlacementRoute, async (c) => c.json(await getPlacement(c.get('ctx'), c.req.valid('param').id), 200))
  .openapi(transitionPlacementRoute, async (c) => {
    const outcome = await transitionPlacement(
      c.get('ctx'),
      c.req.valid('param').id,
      c.req.valid('json'),
      c.req.valid('header')['idempotency-key'],
    );
    return c.json(outcome.body, 200, replayHeaders(outcome));
  });
