import { createRouter } from '../../lib/openapi';
import {
  createParticipant,
  eraseParticipant,
  exportParticipant,
  getParticipant,
  listParticipants,
  recordConsent,
  updateParticipant,
} from '../../services/participants';
import { etagHeaders } from '../headers';
import {
  consentRoute,
  createParticipantRoute,
  eraseParticipantRoute,
  exportParticipantRoute,
  getParticipantRoute,
  listParticipantsRoute,
  patchParticipantRoute,
} from './participants.routes';

export const participantsRouter = createRouter()
  .openapi(createParticipantRoute, async (c) => {
    const created = await createParticipant(c.get('ctx'), c.req.valid('json'));
    return c.json(created, 201, etagHeaders(created));
  })
  .openapi(listParticipantsRoute, async (c) => c.json(await listParticipants(c.get('ctx'), c.req.valid('query')), 200))
  .openapi(getParticipantRoute, async (c) => {
    const participant = await getParticipant(c.get('ctx'), c.req.valid('param').id);
    return c.json(participant, 200, etagHeaders(participant));
  })
  .openapi(patchParticipantRoute, async (c) => {
    const updated = await updateParticipant(c.get('ctx'), c.req.valid('param').id, c.req.valid('json'), c.req.valid('header')['if-match']);
    return c.json(updated, 200, etagHeaders(updated));
  })
  .openapi(consentRoute, async (c) => {
    const updated = await recordConsent(c.get('ctx'), c.req.valid('param').id, c.req.valid('json'));
    return c.json(updated, 200, etagHeaders(updated));
  })
  .openapi(exportParticipantRoute, async (c) => c.json(await exportParticipant(c.get('ctx'), c.req.valid('param').id), 200))
  .openapi(eraseParticipantRoute, async (c) => {
    const erased = await eraseParticipant(c.get('ctx'), c.req.valid('param').id, c.req.valid('json'));
    return c.json(erased, 200, etagHeaders(erased));
  });
