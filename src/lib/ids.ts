const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';

/**
 * Opaque ids that sort by creation time (a ULID-like time prefix), so lists can page by id
 * without a separate sort key. Prefix names the entity to make logs readable.
 */
export function newId(prefix: string, now: Date = new Date()): string {
  let time = now.getTime();
  let head = '';
  for (let i = 0; i < 10; i++) {
    head = ALPHABET[time % 32] + head;
    time = Math.floor(time / 32);
  }
  const random = crypto.getRandomValues(new Uint8Array(12));
  let tail = '';
  for (const byte of random) tail += ALPHABET[byte % 32];
  return `${prefix}_${head}${tail}`;
}

/** A bearer token with 256 bits of randomness. */
export function newToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return `tsn_${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
