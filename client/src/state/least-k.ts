// The first few of many items in an order, without sorting them all: the most urgent labels of
// thousands of overdue cases, say, on every frame that changes one of them.

/** The `k` least items by `compare`, in order (ties keep their first-seen order). O(n log k). */
export function leastK<T>(items: Iterable<T>, k: number, compare: (a: T, b: T) => number): T[] {
  const out: T[] = [];
  if (k <= 0) return out;
  for (const item of items) {
    if (out.length === k && compare(item, out[k - 1]!) >= 0) continue;
    let lo = 0;
    let hi = out.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compare(item, out[mid]!) < 0) hi = mid;
      else lo = mid + 1;
    }
    out.splice(lo, 0, item);
    if (out.length > k) out.pop();
  }
  return out;
}
