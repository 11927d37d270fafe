/**
 * One load per key at a time: callers that ask while a load is under way share its answer,
 * and the next caller after it settles starts a fresh one. A burst of readers asks the API
 * once, and a reader who comes after a publish sees it.
 */
export class InFlight<T> {
  private readonly loads = new Map<string, Promise<T>>();

  get(key: string, load: () => Promise<T>): Promise<T> {
    const pending = this.loads.get(key);
    if (pending) return pending;
    const started = load().finally(() => this.loads.delete(key));
    this.loads.set(key, started);
    return started;
  }
}
