/**
 * The first `limit` of `items` in the order given by `before` (true when `a` goes ahead of `b`),
 * without sorting them all: a bounded heap keeps the best `limit` seen so far, with the weakest
 * on top so each newcomer is compared with it once. O(n log limit).
 */
export function topK<T>(items: readonly T[], limit: number, before: (a: T, b: T) => boolean): T[] {
  if (limit <= 0) return [];
  const heap: T[] = [];
  // The heap keeps the weakest kept item at the root: `a` sits above `b` when `b` goes ahead of `a`.
  const above = (a: T, b: T) => before(b, a);
  for (const item of items) {
    if (heap.length < limit) {
      heap.push(item);
      siftUp(heap, heap.length - 1, above);
    } else if (before(item, heap[0]!)) {
      heap[0] = item;
      siftDown(heap, 0, above);
    }
  }
  return heap.sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
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
