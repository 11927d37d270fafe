import 'next-auth';
import 'next-auth/jwt';

declare module 'next-auth' {
  /** What `authorize` hands to the `jwt` callback at sign-in. */
  interface User {
    apiToken: string;
  }
}

declare module 'next-auth/jwt' {
  /** Lives only inside the encrypted session cookie; never returned by the session callback. */
  interface JWT {
    apiToken?: string;
  }
}
