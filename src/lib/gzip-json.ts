import { nextTurn } from './next-turn';

/**
 * `JSON.stringify(value)` of an object of arrays, gzipped, written `batch` array elements at a
 * time with a turn of the event loop between pieces: serializing tens of megabytes in one call
 * would hold every other request for as long.
 */
export async function gzipJson(value: Record<string, unknown>, batch: number): Promise<Uint8Array<ArrayBuffer>> {
  const gzip = new CompressionStream('gzip');
  const compressed = new Response(gzip.readable).arrayBuffer();
  const writer = gzip.writable.getWriter();
  const encoder = new TextEncoder();
  for (const piece of jsonPieces(value, batch)) {
    await writer.write(encoder.encode(piece));
    await nextTurn();
  }
  await writer.close();
  return new Uint8Array(await compressed);
}

/** The pieces of `JSON.stringify(value)`, each array cut after every `batch` elements. */
export function* jsonPieces(value: Record<string, unknown>, batch: number): Generator<string> {
  let separator = '{';
  for (const [key, field] of Object.entries(value)) {
    if (field === undefined) continue;
    const name = `${separator}${JSON.stringify(key)}:`;
    separator = ',';
    if (!Array.isArray(field) || field.length <= batch) {
      yield name + JSON.stringify(field);
      continue;
    }
    for (let start = 0; start < field.length; start += batch) {
      const elements = JSON.stringify(field.slice(start, start + batch)).slice(1, -1);
      yield `${start === 0 ? `${name}[` : ','}${elements}`;
    }
    yield ']';
  }
  yield separator === '{' ? '{}' : '}';
}
