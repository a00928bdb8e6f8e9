import { createRouter } from '../../lib/openapi';
import { createSignInLink, createUser, listUsers, rotateUserToken, updateUser } from '../../services/users';
import { createUserRoute, listUsersRoute, meRoute, rotateTokenRoute, signInLinkRoute, updateUserRoute } from './users.routes';

export const usersRouter = createRouter()
  .openapi(createUserRoute, async (c) => c.json(await createUser(c.get('ctx'), c.req.valid('json')), 201))
  .openapi(listUsersRoute, async (c) => c.json(await listUsers(c.get('ctx'), c.req.valid('query')), 200))
  .openapi(updateUserRoute, async (c) => c.json(await updateUser(c.get('ctx'), c.req.valid('param').id, c.req.valid('json')), 200))
  .openapi(rotateTokenRoute, async (c) => c.json(await rotateUserToken(c.get('ctx'), c.req.valid('param').id), 201))
  .openapi(meRoute, (c) => {
    const { id, name, role, hostId } = c.get('ctx').actor;
    return c.json({ id, name, role, hostId }, 200);
  })
  .openapi(signInLinkRoute, async (c) =>
    c.json(await createSignInLink(c.get('ctx'), c.req.valid('param').id, new URL(c.req.url).origin), 201),
  );
