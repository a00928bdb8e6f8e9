import { createRouter } from '../../lib/openapi';
import { createHost, getHost, listHosts, updateHost } from '../../services/hosts';
import { etagHeaders } from '../headers';
import { createHostRoute, getHostRoute, listHostsRoute, patchHostRoute } from './hosts.routes';

export const hostsRouter = createRouter()
  .openapi(createHostRoute, async (c) => {
    const host = await createHost(c.get('ctx'), c.req.valid('json'));
    return c.json(host, 201, etagHeaders(host));
  })
  .openapi(listHostsRoute, async (c) => c.json(await listHosts(c.get('ctx'), c.req.valid('query')), 200))
  .openapi(getHostRoute, async (c) => {
    const host = await getHost(c.get('ctx'), c.req.valid('param').id);
    return c.json(host, 200, etagHeaders(host));
  })
  .openapi(patchHostRoute, async (c) => {
    const host = await updateHost(c.get('ctx'), c.req.valid('param').id, c.req.valid('json'), c.req.valid('header')['if-match']);
    return c.json(host, 200, etagHeaders(host));
  });
