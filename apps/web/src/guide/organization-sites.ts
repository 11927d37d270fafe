import { InFlight } from './in-flight';
import { Lru } from './lru';

export interface OrganizationSitesOptions<S> {
  /** How long a guide is served without asking whether it changed. */
  freshMs: number;
  /**
   * Until when, after its last check, a guide is still served at once while it is being
   * asked about; a reader after that waits for the answer. The most a publication takes
   * to show, on every server.
   */
  staleMs: number;
  /** How many organisations' guides are kept; the least read make room. */
  maxEntries: number;
  /** The organisation's guide version, a cheap question; undefined for no such organisation. */
  version(slug: string): Promise<string | undefined>;
  /** Its whole published guide, built, with the version it was read at. */
  load(slug: string): Promise<{ version: string; site: S } | undefined>;
  now?: () => number;
}

interface Known<S> {
  version: string;
  site: S;
  /** When its version was last found current. */
  checkedAt: number;
}

/**
 * Organisations' guides, each built once per version of its published content. A guide is
 * served as it is for `freshMs` after its version was last found current. Then the next
 * reader asks the version again, and the whole guide is fetched and built only if it moved;
 * until `staleMs`, readers get the guide they would have had a moment ago without waiting
 * for that answer, and after it they wait. So under steady reading nobody waits for the
 * API, and a publication shows within `staleMs` on every server, whatever each kept.
 * Readers who come together share one question.
 */
export class OrganizationSites<S> {
  private readonly known: Lru<Known<S>>;
  private readonly refreshes = new InFlight<S | undefined>();
  private readonly now: () => number;

  constructor(private readonly options: OrganizationSitesOptions<S>) {
    this.known = new Lru({ maxEntries: options.maxEntries, maxBytes: Infinity, sizeOf: () => 0 });
    this.now = options.now ?? Date.now;
  }

  /** The guide of the organisation at `slug`, or undefined when there is none. */
  get(slug: string): Promise<S | undefined> {
    const known = this.known.get(slug);
    const age = known ? this.now() - known.checkedAt : Infinity;
    if (known && age < this.options.freshMs) return Promise.resolve(known.site);
    const refreshed = this.refreshes.get(slug, () => this.refresh(slug, known));
    if (!known || age >= this.options.staleMs) return refreshed;
    // Nobody waits for this answer: a failure leaves the guide unchecked, so the next
    // reader asks again, and the first to wait for it past `staleMs` sees the error.
    refreshed.catch(() => undefined);
    return Promise.resolve(known.site);
  }

  private async refresh(slug: string, known: Known<S> | undefined): Promise<S | undefined> {
    // Asked before the question: a change made while it travels shows at the next one.
    const checkedAt = this.now();
    if (known) {
      const version = await this.options.version(slug);
      if (version === known.version) {
        known.checkedAt = checkedAt;
        return known.site;
      }
      if (version === undefined) {
        this.known.delete(slug);
        return undefined;
      }
    }
    const loaded = await this.options.load(slug);
    if (!loaded) {
      this.known.delete(slug);
      return undefined;
    }
    this.known.set(slug, { ...loaded, checkedAt });
    return loaded.site;
  }
}
