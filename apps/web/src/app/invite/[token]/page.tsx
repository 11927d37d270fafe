import type { Metadata } from 'next';
import { SIGN_IN_MESSAGES } from '../../../auth/sign-in-messages';
import { AcceptInviteForm } from '../../../components/accept-invite-form';
import { staffLocale } from '../../../forms/staff-locale';

// Outside the (staff) group on purpose: the invited person has no session yet. Not a public
// path either: the URL carries the invitation's secret, so the page is neither cached nor indexed.
export async function generateMetadata(): Promise<Metadata> {
  return {
    title: SIGN_IN_MESSAGES[await staffLocale()].joinTitle,
    robots: { index: false, follow: false },
  };
}

interface InvitePageProps {
  params: Promise<{ token: string }>;
}

export default async function InvitePage({ params }: InvitePageProps) {
  const [{ token }, locale] = await Promise.all([params, staffLocale()]);
  const words = SIGN_IN_MESSAGES[locale];
  return (
    <main className="page narrow" lang={locale}>
      <h1>{words.joinHeading}</h1>
      <p>{words.joinIntro}</p>
      <AcceptInviteForm token={token} locale={locale} />
    </main>
  );
}
