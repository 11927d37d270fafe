import { InFlight } from './in-flight';
import { Lru } from './lru';

export interface OrganizationSitesOptions<S> {
  /** How long a guide is served without asking whether it changed. */
  freshMs: number;
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
 * served as it is for `freshMs` after its version was last found current; then the next
 * reader waits for the version to be asked again, and the whole guide is fetched and built
 * only if it changed. So a publication shows within `freshMs` on every server, whatever each
 * kept, and readers in between cost nothing. Readers who come together share one question.
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
    if (known && this.now() - known.checkedAt < this.options.freshMs) {
      return Promise.resolve(known.site);
    }
    return this.refreshes.get(slug, () => this.refresh(slug, known));
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
