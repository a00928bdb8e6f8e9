/**
 * For a path that exists with other methods (PUT on /v1/hosts), the methods it does take, so the
 * answer can be 405 with an `Allow` header instead of a misleading 404.
 */
export function allowedMethodsFor(routes: readonly { method: string; path: string }[]) {
  let patterns: { method: string; pattern: RegExp }[] | undefined;
  return (path: string): string[] => {
    patterns ??= routes
      .filter((route) => route.method !== 'ALL' && !route.path.includes('*'))
      .map((route) => ({ method: route.method, pattern: new RegExp(`^${route.path.replace(/:[^/]+/g, '[^/]+')}/?$`) }));
    return [...new Set(patterns.filter(({ pattern }) => pattern.test(path)).map(({ method }) => method))];
  };
}
