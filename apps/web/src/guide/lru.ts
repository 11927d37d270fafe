export interface LruLimits<V> {
  maxEntries: number;
  maxBytes: number;
  /** What one value weighs, in bytes, against `maxBytes`. */
  sizeOf(value: V): number;
}

/**
 * A map that forgets what was used longest ago once it holds more than `maxEntries` values
 * or `maxBytes` bytes: whatever is put in it, it never grows past either.
 */
export class Lru<V> {
  // A Map iterates in insertion order: re-inserting on use keeps the least recent first.
  private readonly entries = new Map<string, { value: V; bytes: number }>();
  private total = 0;

  constructor(private readonly limits: LruLimits<V>) {}

  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  /** Keeps `value`, unless it alone weighs more than the whole budget. */
  set(key: string, value: V): void {
    this.delete(key);
    const bytes = this.limits.sizeOf(value);
    if (bytes > this.limits.maxBytes) return;
    this.entries.set(key, { value, bytes });
    this.total += bytes;
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.limits.maxEntries && this.total <= this.limits.maxBytes) break;
      this.delete(oldest);
    }
  }

  delete(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.total -= entry.bytes;
  }

  /** How much it holds now: for tests and for anyone sizing the limits. */
  get usage(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.total };
  }
}
