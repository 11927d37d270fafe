/** Where the guide's stylesheet and script are served, each under a name holding its hash. */
export const GUIDE_ASSET_ROOT = '/guide-assets';

/** What a path of the guides asks for. */
export type GuideAddress =
  | { kind: 'asset'; name: string }
  /** `slug` is absent for the shared guide; `segments` is the path below the guide's root. */
  | { kind: 'page'; slug?: string; segments: string[] };

const ASSET = new RegExp(`^${GUIDE_ASSET_ROOT}/([^/]+)$`);
const GUIDE = /^(?:\/o\/([^/]+))?\/guide(?:\/(.*))?$/;

/**
 * What `pathname` asks of the guides (`/guide/...`, `/o/<slug>/guide/...`, their assets), or
 * undefined when it is not theirs. A segment with a malformed escape is kept as it came: no
 * page has that name, so it ends at the guide's "not found".
 */
export function guideAddress(pathname: string): GuideAddress | undefined {
  const asset = ASSET.exec(pathname);
  if (asset) return { kind: 'asset', name: asset[1] ?? '' };
  const guide = GUIDE.exec(pathname);
  if (!guide) return undefined;
  const [, slug, rest] = guide;
  const segments = rest === undefined ? [] : rest.split('/').map(decodeSegment);
  return { kind: 'page', ...(slug !== undefined && { slug: decodeSegment(slug) }), segments };
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
