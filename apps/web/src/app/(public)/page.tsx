import Link from 'next/link';

export default function HomePage() {
  return (
    <>
      <h1>Support for people facing online abuse</h1>
      <p>
        Cairn helps helplines support people facing harassment, doxxing, sextortion, impersonation,
        stalking and hacked accounts.
      </p>
      <p>
        {/* Full page loads: the guide is plain HTML, not a page of this app's router. One click
            from here reaches the questions that lead to a helpline. */}
        <a className="button-link" href="/guide/en#find-help">
          Find help
        </a>
      </p>
      <p>
        <a href="/guide">Read the guide</a> to protect yourself and gather what you need, in the
        language you choose.
      </p>
      <p>
        If someone might see your screen, use <strong>Quick exit</strong> at the top of the page, or
        press the Esc key. It cannot erase your browser&rsquo;s history list:{' '}
        <a href="/guide/en/leaving-quickly">leaving quickly</a> says how to clear it.
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
