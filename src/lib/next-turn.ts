/**
 * Resolves on a later turn of the event loop, after pending I/O callbacks have run: long work
 * awaits it between pieces so other requests on the same process are served meanwhile. A timer,
 * because both Node and Workers have one, and a microtask would not let I/O in.
 */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
