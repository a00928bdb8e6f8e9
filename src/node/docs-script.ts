import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The Scalar API reference bundle from node_modules, so `/docs` needs no CDN. */
export async function nodeDocsScript(): Promise<Response> {
  const path = require.resolve('@scalar/api-reference/browser/standalone.js');
  return new Response(await readFile(path));
}
