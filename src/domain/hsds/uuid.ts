/**
 * HSDS 3.0 requires UUIDs for every id and reference. Ours are not UUIDs, so each HSDS id is
 * derived from a stable key naming the record (`service:opp_…`): a record keeps its UUID from one
 * export to the next, and an importing directory updates it instead of adding a duplicate.
 *
 * The 128 bits come from a fast non-cryptographic hash (the cyrb128 mix of four 32-bit lanes):
 * nothing here is secret, and an export of a city's catalog derives tens of thousands of ids,
 * where WebCrypto's asynchronous digests would cost most of a Worker's CPU budget. The bits are
 * laid out as an RFC 9562 version-8 ("custom") UUID, which says honestly that it is neither
 * random (v4) nor SHA-1 based (v5).
 */
export function uuidFor(key: string): string {
  const [a, b, c, d] = hash128(key).map(hex8) as [string, string, string, string];
  // Version nibble 8; variant bits 10 (RFC 9562) in the top of the fourth group.
  const variant = ((parseInt(c[0]!, 16) & 0x3) | 0x8).toString(16);
  return `${a}-${b.slice(0, 4)}-8${b.slice(5)}-${variant}${c.slice(1, 4)}-${c.slice(4)}${d}`;
}

// Number#toString(16) costs more than the hash itself; a table of byte pairs does not.
const HEX_BYTES = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

function hex8(n: number): string {
  return HEX_BYTES[n >>> 24]! + HEX_BYTES[(n >>> 16) & 0xff]! + HEX_BYTES[(n >>> 8) & 0xff]! + HEX_BYTES[n & 0xff]!;
}

function hash128(text: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}
