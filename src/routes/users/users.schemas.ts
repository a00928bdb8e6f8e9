import { z } from '../../lib/openapi';
import { Text } from '../../lib/schemas';
import { ROLES } from '../../db/schema';

export const UserInput = z
  .strictObject({
    name: Text(100),
    role: z.enum(ROLES),
    hostId: z.string().min(1).nullable().optional(),
  })
  .openapi('UserInput');

export const Me = z
  .object({ id: z.string(), name: z.string(), role: z.enum(ROLES), hostId: z.string().nullable() })
  .openapi('Me');

export const CreatedUser = Me.extend({ token: z.string().openapi({ description: 'この応答でだけ表示されます。安全に保管してください' }) }).openapi('CreatedUser');

export const UserIdParam = z.object({ id: z.string().min(1).max(100) });

export const SignInLink = z
  .object({ url: z.string().openapi({ description: 'この応答でだけ表示されます。本人にだけ渡してください' }), expiresAt: z.string() })
  .openapi('SignInLink');
