import { signOut } from '../auth/sign-out-action';

/** A form, not a link: signing out changes state, and must work without JavaScript. */
export function SignOutButton() {
  return (
    <form action={signOut}>
      <button type="submit" className="secondary">
        Sign out
      </button>
    </form>
  );
}
