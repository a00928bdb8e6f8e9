import { z } from '../lib/openapi';

/**
 * Body fields the server maintains. They are declared rather than left unknown so that a client
 * sending one back (say, a whole object it just read) learns why it was refused; OpenAPI marks
 * them `readOnly`. Any value, null included, is a 400 on that field.
 */
export function readOnlyFields<const K extends string>(names: readonly K[], message?: (name: K) => string) {
  const entries = names.map((name) => {
    const text = message?.(name) ?? `「${name}」はサーバーが管理する項目のため変更できません`;
    const field = z
      .unknown()
      .refine(() => false, { message: text })
      .optional()
      .openapi({ readOnly: true, description: 'サーバーが管理する項目（送ると 400）' });
    return [name, field] as const;
  });
  return Object.fromEntries(entries) as { [P in K]: (typeof entries)[number][1] };
}
