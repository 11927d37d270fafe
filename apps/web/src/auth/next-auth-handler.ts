import 'server-only';
import NextAuth from 'next-auth';
import type { NextRequest } from 'next/server';
import { authOptions } from './auth-options';

export interface NextAuthRouteContext {
  params: Promise<{ nextauth: string[] }>;
}

/** next-auth's route handler, built per request so the environment is read at run time. */
export function nextAuthHandler(
  request: NextRequest,
  context: NextAuthRouteContext,
): Promise<Response> {
  return NextAuth(authOptions())(request, context);
}
