import { describe, expect, it } from 'vitest';
import { gzipJson, jsonPieces } from '../../src/lib/gzip-json';

describe('gzipJson: an object of arrays serialized in pieces, gzipped', () => {
  const value = { version: '3.0', empty: [], short: [1, { a: 'あ' }], long: [1, 2, 3, 4, 5, { b: [6, null] }, 'x'], missing: undefined };

  it('writes exactly JSON.stringify, whatever the piece size', () => {
    for (const batch of [1, 2, 3, 100]) expect([...jsonPieces(value, batch)].join('')).toBe(JSON.stringify(value));
    expect([...jsonPieces({}, 2)].join('')).toBe('{}');
  });

  it('cuts long arrays into pieces of the given size', () => {
    expect([...jsonPieces({ long: [1, 2, 3, 4, 5] }, 2)]).toEqual(['{"long":[1,2', ',3,4', ',5', ']', '}']);
  });

  it('gzips the same text', async () => {
    const gzip = await gzipJson(value, 2);
    const text = await new Response(new Blob([gzip]).stream().pipeThrough(new DecompressionStream('gzip'))).text();
    expect(text).toBe(JSON.stringify(value));
  });
});
