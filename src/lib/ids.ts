const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';

let lastTime = -1;
let lastRandom: number[] = [];

/**
 * Opaque ids that sort in creation order (a ULID-like time prefix, and within one millisecond a
 * random tail that only counts up), so lists page by id with no separate sort key. The prefix
 * names the entity to make logs readable.
 */
export function newId(prefix: string, now: Date = new Date()): string {
  const time = Math.max(now.getTime(), lastTime);
  if (time === lastTime) {
    incrementTail(lastRandom);
  } else {
    lastTime = time;
    lastRandom = Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) => b % 32);
    lastRandom[0] = lastRandom[0]! % 16; // headroom so counting up never overflows the tail
  }
  let head = '';
  let rest = time;
  for (let i = 0; i < 10; i++) {
    head = ALPHABET[rest % 32] + head;
    rest = Math.floor(rest / 32);
  }
  return `${prefix}_${head}${lastRandom.map((d) => ALPHABET[d]).join('')}`;
}

function incrementTail(digits: number[]): void {
  for (let i = digits.length - 1; i >= 0; i--) {
    if (digits[i]! < 31) {
      digits[i]! += 1;
      return;
    }
    digits[i] = 0;
  }
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
