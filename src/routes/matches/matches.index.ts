import { createRouter } from '../../lib/openapi';
import { matchInlineProfile, matchParticipant } from '../../services/matching';
import { inlineMatchesRoute, participantMatchesRoute } from './matches.routes';

export const matchesRouter = createRouter()
  .openapi(participantMatchesRoute, async (c) =>
    c.json(await matchParticipant(c.get('ctx'), c.req.valid('param').id, c.req.valid('query')), 200),
  )
  .openapi(inlineMatchesRoute, async (c) => c.json(await matchInlineProfile(c.get('ctx'), c.req.valid('json'), c.req.valid('query')), 200));
