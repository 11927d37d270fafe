/**
 * Gathers calls that arrive close together into one batch per key (an organisation, say), so
 * that one database transaction serves many of them. A batch is handed over when it holds
 * `maxItems`, or `waitMs` after its first item arrived, whichever comes first. `flush` answers
 * each item in order; should it throw, every item of that batch gets the error.
 */
export class KeyedBatcher<Item, Result> {
  private readonly open = new Map<string, Batch<Item, Result>>();

  constructor(
    private readonly flush: (key: string, items: Item[]) => Promise<Result[]>,
    private readonly options: { maxItems: number; waitMs: number },
  ) {}

  add(key: string, item: Item): Promise<Result> {
    return new Promise<Result>((resolve, reject) => {
      let batch = this.open.get(key);
      if (!batch) {
        const started: Batch<Item, Result> = { pending: [], timer: undefined };
        started.timer = setTimeout(() => this.handOver(key, started), this.options.waitMs);
        this.open.set(key, started);
        batch = started;
      }
      batch.pending.push({ item, resolve, reject });
      if (batch.pending.length >= this.options.maxItems) this.handOver(key, batch);
    });
  }

  private handOver(key: string, { pending: batch, timer }: Batch<Item, Result>): void {
    clearTimeout(timer);
    this.open.delete(key);
    this.flush(
      key,
      batch.map((pending) => pending.item),
    ).then(
      (results) => {
        if (results.length !== batch.length) {
          const error = new Error(`batch of ${batch.length} answered ${results.length} results`);
          for (const pending of batch) pending.reject(error);
          return;
        }
        batch.forEach((pending, index) => pending.resolve(results[index] as Result));
      },
      (error: unknown) => {
        for (const pending of batch) pending.reject(error);
      },
    );
  }
}

interface Batch<Item, Result> {
  pending: Pending<Item, Result>[];
  timer: ReturnType<typeof setTimeout> | undefined;
}

interface Pending<Item, Result> {
  item: Item;
  resolve: (result: Result) => void;
  reject: (error: unknown) => void;
}
