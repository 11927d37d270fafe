import { signOut } from '../auth/sign-out-action';

/** A form, not a link: signing out changes state, and must work without JavaScript. */
export function SignOutButton({ label = 'Sign out' }: { label?: string }) {
  return (
    <form action={signOut}>
      <button type="submit" className="secondary">
        {label}
      </button>
    </form>
  );
}
