import { z } from '../../lib/openapi';
import { Ref, Text } from '../../lib/schemas';
import { ROLES } from '../../db/schema';

export const UserInput = z
  .strictObject({
    name: Text(100),
    role: z.enum(ROLES),
    hostId: Ref.nullable().optional(),
  })
  .openapi('UserInput');

export const Me = z
  .object({ id: z.string(), name: z.string(), role: z.enum(ROLES), hostId: z.string().nullable() })
  .openapi('Me');

export const CreatedUser = Me.extend({ token: z.string().openapi({ description: 'この応答でだけ表示されます。安全に保管してください' }) }).openapi('CreatedUser');
