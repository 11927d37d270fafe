import 'server-only';
import type { AuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { LoginBody } from '@cairn/contracts';
import { forwardedFor } from '../api/client-address';
import { serverEnv } from '../config/env';
import { loginWithApi } from './api-login';
import { encodeLoginFailure, validationFailure } from './login-failure';

/** A staff session lasts a working day at most; the API may end it sooner (idle, revoked). */
const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

export function authOptions(): AuthOptions {
  const env = serverEnv();
  return {
    secret: env.NEXTAUTH_SECRET,
    // Decided from NEXTAUTH_URL, not from each request, so that `session-token.ts` reads
    // the same cookie name that next-auth writes.
    useSecureCookies: env.NEXTAUTH_URL.startsWith('https://'),
    session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: '/signin', signOut: '/signin', error: '/signin' },
    providers: [
      CredentialsProvider({
        name: 'Cairn',
        credentials: {
          email: { label: 'Email', type: 'email' },
          password: { label: 'Password', type: 'password' },
          organization: { label: 'Organisation', type: 'text' },
        },
        // `request.headers` are those of the browser's request, also when a server action
        // runs next-auth in-process (next-auth reads them from `next/headers`).
        async authorize(credentials, request) {
          const body = LoginBody.safeParse({
            email: credentials?.email,
            password: credentials?.password,
            organization: credentials?.organization || undefined,
          });
          if (!body.success) throw new Error(encodeLoginFailure(validationFailure(body.error)));
          const outcome = await loginWithApi(
            body.data,
            forwardedFor(request.headers?.['x-forwarded-for']),
          );
          if (!outcome.ok) throw new Error(encodeLoginFailure(outcome.failure));
          const { token, me } = outcome.session;
          return {
            id: me.user.id,
            name: me.user.displayName,
            email: me.user.email,
            apiToken: token,
          };
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) token.apiToken = user.apiToken;
        return token;
      },
      // This is what `/api/auth/session` shows to browser JavaScript: leave the API token out.
      session({ session }) {
        return {
          expires: session.expires,
          user: { name: session.user?.name, email: session.user?.email },
        };
      },
    },
  };
}
