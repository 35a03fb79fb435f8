/**
 * Map `items` through an async `task`, running up to `window` tasks ahead
 * of the consumer, and yield the results in input order. Tasks are expected
 * to settle (errors should be returned, not thrown); a rejection is re-thrown
 * when its turn comes. Stopping early leaves started tasks to finish on
 * their own.
 */
export async function* orderedMap<T, R>(
  items: Iterable<T>,
  task: (item: T, index: number) => Promise<R>,
  window: number,
): AsyncGenerator<R> {
  const iterator = items[Symbol.iterator]();
  const pending: Promise<{ ok: true; value: R } | { ok: false; error: unknown }>[] = [];
  let index = 0;
  const startNext = (): boolean => {
    const next = iterator.next();
    if (next.done) return false;
    pending.push(
      task(next.value, index++).then(
        (value) => ({ ok: true as const, value }),
        (error: unknown) => ({ ok: false as const, error }),
      ),
    );
    return true;
  };
  while (pending.length < Math.max(1, window) && startNext()) {
    // Fill the window.
  }
  while (pending.length > 0) {
    const settled = await pending.shift()!;
    startNext();
    if (!settled.ok) throw settled.error;
    yield settled.value;
  }
}
