import { problem } from '../../lib/problem';

const NOUNS = { hosts: '受け入れ先', opportunities: '受け入れメニュー' } as const;

/**
 * The unique index on `external_id` is the one rule that two records never share a contractor's
 * id; reading first would still race. A write it refuses becomes the same 400 as any other field.
 */
export function rethrowExternalIdTaken(table: keyof typeof NOUNS) {
  return (error: unknown): never => {
    for (let cause = error; cause instanceof Error; cause = cause.cause) {
      if (cause.message.includes(`UNIQUE constraint failed: ${table}.external_id`)) {
        throw problem('validation', {
          detail: '独自ID（externalId）が重なっています',
          errors: [{ path: 'externalId', message: `この独自IDはほかの${NOUNS[table]}で使われています` }],
        });
      }
    }
    throw error;
  };
}
