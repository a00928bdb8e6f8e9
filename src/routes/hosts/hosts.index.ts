import { etagOf } from '../../lib/etag';
import { createRouter } from '../../lib/openapi';
import { createHost, getHost, listHosts, updateHost } from '../../services/hosts';
import { createHostRoute, getHostRoute, listHostsRoute, patchHostRoute } from './hosts.routes';

export const hostsRouter = createRouter()
  .openapi(createHostRoute, async (c) => {
    const host = await createHost(c.get('ctx'), c.req.valid('json'));
    c.header('ETag', etagOf(host.version));
    return c.json(host, 201);
  })
  .openapi(listHostsRoute, async (c) => c.json(await listHosts(c.get('ctx'), c.req.valid('query')), 200))
  .openapi(getHostRoute, async (c) => {
    const host = await getHost(c.get('ctx'), c.req.valid('param').id);
    c.header('ETag', etagOf(host.version));
    return c.json(host, 200);
  })
  .openapi(patchHostRoute, async (c) => {
    const host = await updateHost(c.get('ctx'), c.req.valid('param').id, c.req.valid('json'), c.req.valid('header')['if-match']);
    c.header('ETag', etagOf(host.version));
    return c.json(host, 200);
  });
