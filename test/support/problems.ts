/** The `path` of every error in a validation problem, sorted, so a test can list them in any order. */
export function errorPaths(body: { errors?: { path: string }[] }): string[] {
  return (body.errors ?? []).map((e) => e.path).sort();
}
