import { createRouter } from '../../lib/openapi';
import { createSignInLink, createUser } from '../../services/users';
import { createUserRoute, meRoute, signInLinkRoute } from './users.routes';

export const usersRouter = createRouter()
  .openapi(createUserRoute, async (c) => c.json(await createUser(c.get('ctx'), c.req.valid('json')), 201))
  .openapi(meRoute, (c) => {
    const { id, name, role, hostId } = c.get('ctx').actor;
    return c.json({ id, name, role, hostId }, 200);
  })
  .openapi(signInLinkRoute, async (c) => c.json(await createSignInLink(c.get('ctx'), c.req.valid('param').id, new URL(c.req.url).origin), 201));
