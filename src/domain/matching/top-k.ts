/**
 * The first `limit` of the items offered, in the order given by `before` (true when `a` goes
 * ahead of `b`), without sorting them all: a bounded heap keeps the best `limit` seen so far, with
 * the weakest on top so each newcomer is compared with it once. O(n log limit).
 *
 * The weakest kept item is open to the caller, so a caller that can bound an item cheaply need
 * not work it out in full once the bound cannot beat `weakest`.
 */
export class TopK<T> {
  readonly #heap: T[] = [];
  readonly #limit: number;
  readonly #before: (a: T, b: T) => boolean;
  /** The heap keeps the weakest kept item at the root: `a` sits above `b` when `b` goes ahead of `a`. */
  readonly #above: (a: T, b: T) => boolean;

  constructor(limit: number, before: (a: T, b: T) => boolean) {
    this.#limit = Math.max(0, limit);
    this.#before = before;
    this.#above = (a, b) => before(b, a);
  }

  /** Whether `limit` items are kept, so a newcomer must go ahead of `weakest` to be kept. */
  get full(): boolean {
    return this.#heap.length >= this.#limit;
  }

  /** The kept item every other kept item goes ahead of; undefined while none is kept. */
  get weakest(): T | undefined {
    return this.#heap[0];
  }

  offer(item: T): void {
    const heap = this.#heap;
    if (heap.length < this.#limit) {
      heap.push(item);
      siftUp(heap, heap.length - 1, this.#above);
    } else if (heap.length > 0 && this.#before(item, heap[0]!)) {
      heap[0] = item;
      siftDown(heap, 0, this.#above);
    }
  }

  /** The kept items, first first. */
  sorted(): T[] {
    const before = this.#before;
    return [...this.#heap].sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
  }
}

function siftUp<T>(heap: T[], i: number, above: (a: T, b: T) => boolean): void {
  const item = heap[i]!;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (!above(item, heap[parent]!)) break;
    heap[i] = heap[parent]!;
    i = parent;
  }
  heap[i] = item;
}

function siftDown<T>(heap: T[], i: number, above: (a: T, b: T) => boolean): void {
  const item = heap[i]!;
  const n = heap.length;
  for (;;) {
    let child = 2 * i + 1;
    if (child >= n) break;
    if (child + 1 < n && above(heap[child + 1]!, heap[child]!)) child++;
    if (!above(heap[child]!, item)) break;
    heap[i] = heap[child]!;
    i = child;
  }
  heap[i] = item;
}
