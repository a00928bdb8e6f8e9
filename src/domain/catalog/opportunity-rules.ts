/**
 * Rules that span several fields of an opportunity. The request schemas run them on what was
 * sent, and a PATCH runs them again on the merged result, since a change to one field can break
 * a rule together with a field that was not sent. Values are `unknown` because the schemas run
 * these even when a field already has the wrong type, so that every problem is reported at once.
 */

/** A problem with one field, by its dotted path: what a validation problem lists. */
export type FieldIssue = { path: string; message: string };

/** `minAge` must not be above `maxAge`; paths are relative to `eligibility`. */
export function eligibilityIssues(eligibility: { minAge?: unknown; maxAge?: unknown }): FieldIssue[] {
  const { minAge, maxAge } = eligibility;
  if (typeof minAge !== 'number' || typeof maxAge !== 'number' || minAge <= maxAge) return [];
  return [{ path: 'maxAge', message: `上限年齢（${maxAge}歳）は下限年齢（${minAge}歳）以上にしてください` }];
}

/** Coordinates are optional, but one without the other places nothing; paths relative to `location`. */
export function locationIssues(location: { lat?: unknown; lng?: unknown }): FieldIssue[] {
  const hasLat = location.lat !== undefined && location.lat !== null;
  const hasLng = location.lng !== undefined && location.lng !== null;
  if (hasLat === hasLng) return [];
  const missing = hasLat ? 'lng' : 'lat';
  return [{ path: missing, message: '緯度（lat）と経度（lng）は両方そろえて入力してください（どちらも省くこともできます）' }];
}

/** Every cross-field problem of a whole opportunity, with full paths. */
export function opportunityIssues(fields: { eligibility: object; location: object }): FieldIssue[] {
  return [...within('eligibility', eligibilityIssues(fields.eligibility)), ...within('location', locationIssues(fields.location))];
}

function within(prefix: string, issues: FieldIssue[]): FieldIssue[] {
  return issues.map((issue) => ({ ...issue, path: `${prefix}.${issue.path}` }));
}
