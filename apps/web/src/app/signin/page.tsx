import type { Metadata } from 'next';
import { SignInForm } from '../../components/sign-in-form';

export const metadata: Metadata = {
  title: 'Sign in',
  robots: { index: false, follow: false },
};

interface SignInPageProps {
  searchParams: Promise<{ ended?: string; joined?: string }>;
}

export default async function SignInPage({ searchParams }: SignInPageProps) {
  const { ended, joined } = await searchParams;
  return (
    <main className="page narrow">
      <h1>Sign in to Cairn</h1>
      {ended !== undefined && (
        <p className="notice" role="status">
          Your session has ended. Sign in again to continue.
        </p>
      )}
      {joined !== undefined && (
        <p className="notice" role="status">
          You have joined; sign in with your email and new password.
        </p>
      )}
      <SignInForm />
    </main>
  );
}
