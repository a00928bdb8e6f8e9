import { z } from '../../lib/openapi';
import { Ref, Text } from '../../lib/schemas';
import { ROLES } from '../../domain/roles';

export const UserInput = z
  .strictObject({
    name: Text(100),
    role: z.enum(ROLES),
    hostId: Ref.nullable().optional(),
  })
  .openapi('UserInput');

export const Me = z.object({ id: z.string(), name: z.string(), role: z.enum(ROLES), hostId: z.string().nullable() }).openapi('Me');

export const CreatedUser = Me.extend({
  token: z.string().openapi({ description: 'この応答でだけ表示されます。安全に保管してください' }),
}).openapi('CreatedUser');

export const User = Me.extend({
  disabled: z.boolean().openapi({ description: '無効にした利用者のトークンは使えません' }),
  createdAt: z.string(),
}).openapi('User');

export const UserPatch = z.strictObject({ name: Text(100).optional(), disabled: z.boolean().optional() }).openapi('UserPatch');

export const NewToken = z
  .object({ token: z.string().openapi({ description: 'この応答でだけ表示されます。これまでのトークンは使えなくなります' }) })
  .openapi('NewToken');

export const SignInLink = z
  .object({ url: z.string().openapi({ description: 'この応答でだけ表示されます。本人にだけ渡してください' }), expiresAt: z.string() })
  .openapi('SignInLink');
