/** Where the guide's stylesheet and script are served, each under a name holding its hash. */
export const GUIDE_ASSET_ROOT = '/guide-assets';

/** A page of a guide, at the path it was asked for. */
export interface PageAddress {
  kind: 'page';
  /** Absent for the shared guide. */
  slug?: string;
  /** The path below the guide's root, each segment decoded. */
  segments: string[];
  /**
   * The one spelling of this address, each segment escaped the same way. Any other spelling
   * (`/guide/%65n` for `/guide/en`) is sent here, so that a page is kept under one key only.
   */
  path: string;
}

/** What a path of the guides asks for. */
export type GuideAddress =
  | { kind: 'asset'; name: string }
  | PageAddress
  /** A segment with a malformed escape: no page has that name, under any spelling. */
  | { kind: 'unreadable' };

const ASSET = new RegExp(`^${GUIDE_ASSET_ROOT}/([^/]+)$`);
const GUIDE = /^(?:\/o\/([^/]+))?\/guide(?:\/(.*))?$/;

/**
 * What `pathname` asks of the guides (`/guide/...`, `/o/<slug>/guide/...`, their assets), or
 * undefined when it is not theirs.
 */
export function guideAddress(pathname: string): GuideAddress | undefined {
  const asset = ASSET.exec(pathname);
  if (asset) return { kind: 'asset', name: asset[1] ?? '' };
  const guide = GUIDE.exec(pathname);
  if (!guide) return undefined;
  const [, rawSlug, rest] = guide;
  const slug = rawSlug === undefined ? undefined : decodeSegment(rawSlug);
  const raw = rest === undefined ? [] : rest.split('/');
  const segments = raw.map(decodeSegment).filter((segment) => segment !== null);
  if (slug === null || segments.length !== raw.length) return { kind: 'unreadable' };
  const root = slug === undefined ? '/guide' : `/o/${encodeURIComponent(slug)}/guide`;
  return {
    kind: 'page',
    ...(slug !== undefined && { slug }),
    segments,
    path: [root, ...segments.map(encodeURIComponent)].join('/'),
  };
}

function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}
