const LOCALE = '[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*';
const SLUG = '[a-z0-9]+(?:-[a-z0-9]+)*';
/** The shared guide, or an organisation's at `/o/<slug>/guide`. */
const GUIDE_ROOT = `(?:/o/${SLUG})?/guide`;

/**
 * Pages anyone may see and a browser or search engine may keep. Everything else is
 * private by default, so a new staff page cannot forget to be.
 */
const PUBLIC_PATHS: readonly (string | RegExp)[] = [
  '/',
  // A guide: its language list, a language's topics, a topic's level, a help workflow's
  // questions. Not its search: a reader's query stays out of caches and search engines.
  new RegExp(
    `^${GUIDE_ROOT}(?:/${LOCALE}(?:/${SLUG}/${SLUG}/(?:beginner|advanced|expert)|/help/${SLUG}(?:/${SLUG})?)?)?$`,
  ),
];

/** The helplines page is public as it is; what a reader asks of it (`?service=…`) is theirs. */
const HELPLINES = new RegExp(`^${GUIDE_ROOT}/${LOCALE}/helplines$`);

/** `search` is the URL's query string with its `?`, or empty, as `URL.search` gives it. */
export function isPublicPath(pathname: string, search = ''): boolean {
  if (HELPLINES.test(pathname)) return search === '';
  return PUBLIC_PATHS.some((path) =>
    typeof path === 'string' ? path === pathname : path.test(pathname),
  );
}

/**
 * The policy of the plain-HTML guide pages: their one script and stylesheet come from this
 * host, nothing else runs or loads, and no nonce is needed, so a page can be kept and reused.
 */
export const GUIDE_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * The intake form's and follow-up's policy: the guide's, and the page's script may send the
 * form to this host (upload progress) and solve the proof-of-work in a worker from this host.
 */
export const INTAKE_CONTENT_SECURITY_POLICY = [
  GUIDE_CONTENT_SECURITY_POLICY,
  "connect-src 'self'",
  "worker-src 'self'",
].join('; ');

/**
 * The page's Content-Security-Policy. Scripts run only with this request's nonce (Next
 * puts it on its own scripts); nothing at all comes from another host.
 */
export function contentSecurityPolicy(
  nonce: string,
  { development }: { development: boolean },
): string {
  return [
    "default-src 'self'",
    // React's development build evaluates code to rebuild server stacks; production never does.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ''}`,
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Headers that keep a private page out of caches, history snapshots and search engines. */
export const PRIVATE_PAGE_HEADERS: Readonly<Record<string, string>> = {
  'Cache-Control': 'no-store, max-age=0',
  'X-Robots-Tag': 'noindex, nofollow',
};

/** Headers for every response, static files included. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  // Not `no-referrer`: under it browsers send `Origin: null` with a form POST, and Next then
  // refuses the server action as cross-site. `same-origin` still tells other hosts nothing.
  'Referrer-Policy': 'same-origin',
  'X-Content-Type-Options': 'nosniff',
  // For browsers that predate CSP's frame-ancestors.
  'X-Frame-Options': 'DENY',
};

/** The job queues' dashboard, forwarded from the API with a policy of its own. */
export function isQueueDashboardPath(pathname: string): boolean {
  return pathname === '/admin/queues' || pathname.startsWith('/admin/queues/');
}
