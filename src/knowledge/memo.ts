// One bounded memo for the pipeline's repeated work (normalising, tokenising, spelling, cue spans):
// questions and names recur, but arbitrary chat input must not grow memory. The bound is on the
// total size of what is held (key length plus the value's weight), not only on the number of
// entries, so a few 100 KB pastes cannot hold megabytes. Oldest entries go first.

export interface MemoOptions<V> {
  /** Total weight held, in characters of key plus the value's weight (default 1,000,000). */
  maxWeight?: number;
  /** The weight of a value (default 1). */
  weigh?: (value: V) => number;
  /** Keys longer than this are computed but never held (default 2,000 characters). */
  maxKey?: number;
}

export interface Memo<V> {
  (key: string): V;
  readonly size: number;
  readonly weight: number;
}

export function memo<V>(compute: (key: string) => V, options: MemoOptions<V> = {}): Memo<V> {
  const { maxWeight = 1_000_000, weigh = () => 1, maxKey = 2_000 } = options;
  const held = new Map<string, { value: V; weight: number }>();
  let total = 0;
  const fn = ((key: string): V => {
    const hit = held.get(key);
    if (hit) return hit.value;
    const value = compute(key);
    if (key.length > maxKey) return value;
    const weight = key.length + weigh(value);
    held.set(key, { value, weight });
    total += weight;
    for (const [k, v] of held) {
      if (total <= maxWeight) break;
      held.delete(k);
      total -= v.weight;
    }
    return value;
  }) as Memo<V>;
  Object.defineProperty(fn, 'size', { get: () => held.size });
  Object.defineProperty(fn, 'weight', { get: () => total });
  return fn;
}
