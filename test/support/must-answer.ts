import type { ApiResponse } from './harness';

/**
 * The body of a setup request, which must answer `status`. Anything else stops the test at once
 * with what the API said, instead of letting it fail later for a reason that hides the cause.
 */
export function mustAnswer<T>(status: number, what: string, res: ApiResponse<T>): T {
  if (res.status !== status) throw new Error(`${what}: expected ${status}, got ${res.status} ${res.text}`);
  return res.body;
}
