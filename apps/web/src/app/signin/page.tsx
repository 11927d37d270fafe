import type { Metadata } from 'next';
import { SIGN_IN_MESSAGES } from '../../auth/sign-in-messages';
import { SignInForm } from '../../components/sign-in-form';
import { staffLocale } from '../../forms/staff-locale';

export async function generateMetadata(): Promise<Metadata> {
  return {
    title: SIGN_IN_MESSAGES[await staffLocale()].signInTitle,
    robots: { index: false, follow: false },
  };
}

interface SignInPageProps {
  searchParams: Promise<{ ended?: string; joined?: string }>;
}

export default async function SignInPage({ searchParams }: SignInPageProps) {
  const [{ ended, joined }, locale] = await Promise.all([searchParams, staffLocale()]);
  const words = SIGN_IN_MESSAGES[locale];
  return (
    <main className="page narrow" lang={locale}>
      <h1>{words.signInHeading}</h1>
      {ended !== undefined && (
        <p className="notice" role="status">
          {words.sessionEnded}
        </p>
      )}
      {joined !== undefined && (
        <p className="notice" role="status">
          {words.joined}
        </p>
      )}
      <SignInForm locale={locale} />
    </main>
  );
}
