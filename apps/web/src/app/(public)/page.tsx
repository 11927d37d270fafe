import Link from 'next/link';

export default function HomePage() {
  return (
    <>
      <h1>Support for people facing online abuse</h1>
      <p>
        Cairn helps helplines support people facing harassment, doxxing, sextortion, impersonation,
        stalking and hacked accounts. The guide to protecting yourself, and the form to reach a
        helpline, will be here.
      </p>
      <p>
        <Link href="/guide" prefetch={false}>
          Read the guide
        </Link>{' '}
        to protect yourself and gather what you need, in the language you choose.
      </p>
      <p>
        If someone might see your screen, use <strong>Quick exit</strong> at the top of the page, or
        press the Esc key.
      </p>
      <p className="staff-link">
        Helpline staff:{' '}
        <Link href="/signin" prefetch={false}>
          sign in
        </Link>
      </p>
    </>
  );
}
