import 'server-only';
import { composeGuideFiles, guideFromFiles } from '@cairn/content';
import type { SentPage } from './guide-response';
import { InFlight } from './in-flight';
import { GuidePaths, SHARED_GUIDE_ROOT, organizationGuideRoot } from './paths';
import { fetchListedHelplines, fetchPublicGuide } from './public-api';
import { sharedGuide, sharedGuideFiles } from './shared-guide';
import type { GuideSite, SiteHelpline } from './site';

/** A guide together with the pages of it already rendered, which live as long as it does. */
export interface CachedSite {
  site: GuideSite;
  pages: Map<string, SentPage>;
}

const listedHelplines = new InFlight<SiteHelpline[]>();

/** The shared directory: each helpline says who runs it, and none is "ours". */
function directory(): Promise<SiteHelpline[] | undefined> {
  return listedHelplines
    .get('listed', async () =>
      (await fetchListedHelplines()).map(({ organization, ...helpline }) => ({
        ...helpline,
        own: false,
        runBy: organization.name,
      })),
    )
    .catch((error: unknown) => {
      console.error('guide: the helplines directory is unavailable', error);
      return undefined;
    });
}

let shared: Promise<CachedSite> | undefined;

/** Cairn's shared guide, for the whole life of the process. */
export function sharedSite(): Promise<CachedSite> {
  shared ??= sharedGuide().then(
    (guide) => ({
      site: {
        brand: 'Cairn',
        paths: new GuidePaths(SHARED_GUIDE_ROOT),
        guide,
        helplines: directory,
      },
      pages: new Map(),
    }),
    (error: unknown) => {
      shared = undefined;
      throw error;
    },
  );
  return shared;
}

const feeds = new InFlight<Awaited<ReturnType<typeof fetchPublicGuide>>>();
/** Per slug, the guide built from the feed's last version: a new version builds a new one. */
const built = new Map<string, { version: string; site: Promise<CachedSite> }>();

/**
 * An organisation's branded guide: the shared guide's files with its published ones over
 * them, its name at the top, its own helplines. The feed is asked for each request (requests
 * that come together share one answer), so a publish shows at once; the guide is rebuilt, and
 * its pages rendered again, only when the feed's version changes. Undefined for an unknown slug.
 */
export async function organizationSite(slug: string): Promise<CachedSite | undefined> {
  const feed = await feeds.get(slug, () => fetchPublicGuide(slug));
  if (!feed) {
    built.delete(slug);
    return undefined;
  }
  const current = built.get(slug);
  if (current?.version === feed.version) return current.site;

  const site = sharedGuideFiles().then((defaults) => {
    const helplines: SiteHelpline[] = feed.helplines;
    return {
      site: {
        brand: feed.organization.name,
        paths: new GuidePaths(organizationGuideRoot(feed.organization.slug)),
        guide: guideFromFiles(composeGuideFiles(defaults, feed.files, feed.withdrawn)),
        helplines: async () => helplines,
      },
      pages: new Map<string, SentPage>(),
    };
  });
  built.set(slug, { version: feed.version, site });
  site.catch(() => {
    if (built.get(slug)?.site === site) built.delete(slug);
  });
  return site;
}
