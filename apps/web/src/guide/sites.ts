import 'server-only';
import { composeGuideFiles, formVersion, guideFromFiles } from '@cairn/content';
import type { PublicGuideView } from '@cairn/contracts';
import { InFlight } from './in-flight';
import { OrganizationSites } from './organization-sites';
import { GuidePaths, SHARED_GUIDE_ROOT, organizationGuideRoot } from './paths';
import { fetchGuideVersion, fetchListedHelplines, fetchPublicGuide } from './public-api';
import { sharedGuide, sharedGuideFiles } from './shared-guide';
import type { GuideSite, SiteHelpline } from './site';

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

let shared: Promise<GuideSite> | undefined;

/** Cairn's shared guide, for the whole life of the process. */
export function sharedSite(): Promise<GuideSite> {
  shared ??= sharedGuide().then(
    (guide) => ({
      brand: 'Cairn',
      paths: new GuidePaths(SHARED_GUIDE_ROOT),
      guide,
      helplines: directory,
    }),
    (error: unknown) => {
      shared = undefined;
      throw error;
    },
  );
  return shared;
}

/** The shared guide's files with the organisation's published ones over them, its name, its helplines. */
async function buildSite(feed: PublicGuideView): Promise<GuideSite> {
  const defaults = await sharedGuideFiles();
  const helplines: SiteHelpline[] = feed.helplines;
  const files = composeGuideFiles(defaults, feed.files, feed.withdrawn);
  // Only the forms' addresses are kept, not a second copy of the guide's text.
  const formVersions = new Map(
    files
      .filter(({ path }) => FORM_FILE.test(path))
      .map(({ path, text }) => [path, formVersion(text)]),
  );
  return {
    brand: feed.organization.name,
    paths: new GuidePaths(organizationGuideRoot(feed.organization.slug), { fillableForms: true }),
    guide: guideFromFiles(files),
    helplines: async () => helplines,
    intake: { slug: feed.organization.slug, formVersion: (file) => formVersions.get(file) },
  };
}

const FORM_FILE = /(?:^|\/)f_[^/]+\.yml$/;

const organizationSites = new OrganizationSites<GuideSite>({
  // Readers within a second of a check cost no call to the API; a publication shows on
  // every web server within two (bench/README.md, guide).
  freshMs: 1000,
  staleMs: 2000,
  // Each is a whole guide in memory, about 0.2 MB with today's content; their pages are
  // kept apart, within the page cache's own bounds.
  maxEntries: 128,
  version: fetchGuideVersion,
  load: async (slug) => {
    const feed = await fetchPublicGuide(slug);
    return feed && { version: feed.version, site: await buildSite(feed) };
  },
});

/** An organisation's branded guide, as last published; undefined for an unknown slug. */
export function organizationSite(slug: string): Promise<GuideSite | undefined> {
  return organizationSites.get(slug);
}
