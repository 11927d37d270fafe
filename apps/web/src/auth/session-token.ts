import 'server-only';
import { cookies } from 'next/headers';
import { getToken } from 'next-auth/jwt';
import { NextRequest } from 'next/server';
import { serverEnv } from '../config/env';

/** The API token of the signed-in staff member, read from next-auth's encrypted cookie. */
export async function sessionApiToken(): Promise<string | null> {
  const env = serverEnv();
  const jar = await cookies();
  // Only the cookies go in: getToken would otherwise also accept an Authorization header.
  const request = new NextRequest(env.NEXTAUTH_URL);
  for (const { name, value } of jar.getAll()) request.cookies.set(name, value);
  const jwt = await getToken({
    req: request,
    secret: env.NEXTAUTH_SECRET,
    secureCookie: env.NEXTAUTH_URL.startsWith('https://'),
  });
  return jwt?.apiToken ?? null;
}
