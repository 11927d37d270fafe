import type { Metadata } from 'next';
import { AcceptInviteForm } from '../../../components/accept-invite-form';

// Outside the (staff) group on purpose: the invited person has no session yet. Not a public
// path either: the URL carries the invitation's secret, so the page is neither cached nor indexed.
export const metadata: Metadata = {
  title: 'Join your team',
  robots: { index: false, follow: false },
};

interface InvitePageProps {
  params: Promise<{ token: string }>;
}

export default async function InvitePage({ params }: InvitePageProps) {
  const { token } = await params;
  return (
    <main className="page narrow">
      <h1>Join your team on Cairn</h1>
      <p>Choose the name your colleagues will see and a password to sign in with.</p>
      <AcceptInviteForm token={token} />
    </main>
  );
}
