import { createRouter } from '../../lib/openapi';
import { createUser } from '../../services/users';
import { createUserRoute, meRoute } from './users.routes';

export const usersRouter = createRouter()
  .openapi(createUserRoute, async (c) => c.json(await createUser(c.get('ctx'), c.req.valid('json')), 201))
  .openapi(meRoute, (c) => {
    const { id, name, role, hostId } = c.get('ctx').actor;
    return c.json({ id, name, role, hostId }, 200);
  });
