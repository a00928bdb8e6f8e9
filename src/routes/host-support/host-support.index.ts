import { createRouter } from '../../lib/openapi';
import { createHostSupportRecord, getHostSupportRecord, listHostSupportRecords, setHostSupportSharing } from '../../services/host-support';
import { createHostSupportRoute, getHostSupportRoute, listHostSupportRoute, shareHostSupportRoute } from './host-support.routes';

export const hostSupportRouter = createRouter()
  .openapi(createHostSupportRoute, async (c) =>
    c.json(await createHostSupportRecord(c.get('ctx'), c.req.valid('param').id, c.req.valid('json')), 201),
  )
  .openapi(listHostSupportRoute, async (c) =>
    c.json(await listHostSupportRecords(c.get('ctx'), c.req.valid('param').id, c.req.valid('query')), 200),
  )
  .openapi(getHostSupportRoute, async (c) => {
    const { id, recordId } = c.req.valid('param');
    return c.json(await getHostSupportRecord(c.get('ctx'), id, recordId), 200);
  })
  .openapi(shareHostSupportRoute, async (c) => {
    const { id, recordId } = c.req.valid('param');
    return c.json(await setHostSupportSharing(c.get('ctx'), id, recordId, c.req.valid('json').sharedWithHost), 200);
  });
