import type { PageAddress } from './guide-address';
import { toKeep, type KeptPage } from './guide-response';
import { Lru } from './lru';
import { renderGuidePage, type RenderedPage } from './render-page';
import type { GuideSite, PageAssets } from './site';

/**
 * The rendered pages of every guide that depend on their guide alone, kept under their
 * address's one spelling, within a fixed number of pages and bytes: whatever readers ask
 * for, the least read pages make room. A page is served again only to the guide it was
 * rendered for; a guide rebuilt for a new version renders its pages anew.
 */
export class PageCache {
  private readonly kept: Lru<{ site: WeakRef<GuideSite>; page: KeptPage }>;

  constructor(
    private readonly assets: PageAssets,
    limits: { maxEntries: number; maxBytes: number },
  ) {
    // The site is only compared, never kept alive, by a kept page.
    this.kept = new Lru({ ...limits, sizeOf: ({ page }) => page.bytes.byteLength });
  }

  async page(
    site: GuideSite,
    address: PageAddress,
    params: URLSearchParams,
  ): Promise<RenderedPage | KeptPage> {
    const kept = this.kept.get(address.path);
    if (kept?.site.deref() === site) return kept.page;
    const rendered = await renderGuidePage(site, this.assets, address.segments, params);
    if (!rendered.reusable) return rendered;
    const page = toKeep(rendered);
    this.kept.set(address.path, { site: new WeakRef(site), page });
    return page;
  }

  get usage(): { entries: number; bytes: number } {
    return this.kept.usage;
  }
}
