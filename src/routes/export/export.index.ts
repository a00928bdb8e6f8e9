import { namesTag } from '../../lib/etag';
import { createRouter } from '../../lib/openapi';
import { exportHsds, hsdsExportTag } from '../../services/hsds';
import { hsdsRoute } from './export.routes';

export const exportRouter = createRouter();

// Registered for the contract, served as bytes: the export is cached as gzipped JSON and sent as
// is, where a typed `c.json` would parse nothing but serialize megabytes again.
exportRouter.openAPIRegistry.registerPath(hsdsRoute);
exportRouter.get(hsdsRoute.path, async (c) => {
  const ctx = c.get('ctx');
  const tag = await hsdsExportTag(ctx);
  const gzipped = acceptsGzip(c.req.header('accept-encoding'));
  const ifNoneMatch = c.req.header('if-none-match');
  // One strong tag per encoding, as the bytes differ; either one names the same content.
  const headersOf = (served: string) => ({ ETag: `"${served}${gzipped ? '-gzip' : ''}"`, Vary: 'Accept-Encoding' });
  const unchanged = (served: string) =>
    ifNoneMatch !== undefined && (namesTag(ifNoneMatch, `"${served}"`) || namesTag(ifNoneMatch, `"${served}-gzip"`));
  if (unchanged(tag)) return c.body(null, 304, headersOf(tag));
  // While the current version builds, the previous one is served under its own tag.
  const { tag: served, gzip } = await exportHsds(ctx, tag);
  const headers = headersOf(served);
  if (unchanged(served)) return c.body(null, 304, headers);
  const json = { ...headers, 'content-type': 'application/json; charset=utf-8' };
  if (gzipped) {
    // Already gzip: Workers would compress a body declared gzip once more unless told it is done
    // ('manual'); Node sends the bytes as they are and ignores the option.
    return new Response(gzip, { status: 200, headers: { ...json, 'content-encoding': 'gzip' }, encodeBody: 'manual' });
  }
  // Rare (every HTTP client library sends gzip), so decompressed as it is sent rather than kept twice.
  return c.body(new Blob([gzip]).stream().pipeThrough(new DecompressionStream('gzip')), 200, json);
});

/** Whether `Accept-Encoding` admits gzip: named (or `*`) and not refused with `q=0`. */
function acceptsGzip(acceptEncoding: string | undefined): boolean {
  return (acceptEncoding ?? '').split(',').some((part) => {
    const [coding, ...params] = part.split(';').map((s) => s.trim().toLowerCase());
    const refused = params.some((p) => /^q=0(\.0*)?$/.test(p));
    return (coding === 'gzip' || coding === 'x-gzip' || coding === '*') && !refused;
  });
}
