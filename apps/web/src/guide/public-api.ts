import 'server-only';
import {
  OrgSlug,
  PublicGuideVersionView,
  PublicGuideView,
  PublicHelplineListView,
  type PublicHelplineListView as HelplineList,
} from '@cairn/contracts';
import { serverEnv } from '../config/env';

/** A reader waits for the page: an API that does not answer soon is treated as down. */
const TIMEOUT_MS = 5000;

async function getJson(path: string): Promise<{ status: number; body: unknown }> {
  const response = await fetch(new URL(path, serverEnv().API_URL), {
    headers: { accept: 'application/json' },
    cache: 'no-store',
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  if (response.status === 404) return { status: 404, body: undefined };
  if (!response.ok) throw new Error(`GET ${path} answered ${response.status}`);
  return { status: response.status, body: await response.json() };
}

/** An organisation's published guide files and helplines; undefined when no organisation has that slug. */
export async function fetchPublicGuide(slug: string): Promise<PublicGuideView | undefined> {
  if (!OrgSlug.safeParse(slug).success) return undefined;
  const { status, body } = await getJson(`/public/guides/${encodeURIComponent(slug)}`);
  return status === 404 ? undefined : PublicGuideView.parse(body);
}

/** The version of an organisation's published guide, a cheap question; undefined when no organisation has that slug. */
export async function fetchGuideVersion(slug: string): Promise<string | undefined> {
  if (!OrgSlug.safeParse(slug).success) return undefined;
  const { status, body } = await getJson(`/public/guides/${encodeURIComponent(slug)}/version`);
  return status === 404 ? undefined : PublicGuideVersionView.parse(body).version;
}

/** Every helpline the organisations list in the shared guide's directory. */
export async function fetchListedHelplines(): Promise<HelplineList['items']> {
  const { body } = await getJson('/public/helplines');
  return PublicHelplineListView.parse(body).items;
}
