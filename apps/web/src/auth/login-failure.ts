import { z } from 'zod';
import { Problem } from '@cairn/contracts';
import { zodFieldErrors } from '../forms/form-state';

/** Why the API refused a sign-in, as much as the sign-in form needs to explain it. */
export const LoginFailure = z.object({
  code: z.string(),
  errors: Problem.shape.errors,
  /** The choices offered with `organization-required`. */
  organizations: z.array(z.object({ slug: z.string(), name: z.string() })).optional(),
});
export type LoginFailure = z.infer<typeof LoginFailure>;

/** What the form says when the API answered nothing it understands. */
export const UNAVAILABLE: LoginFailure = { code: 'unavailable' };

/** The refusal for input the shared `LoginBody` schema rejected, in the API's own terms. */
export function validationFailure(error: z.ZodError): LoginFailure {
  return {
    code: 'validation-failed',
    errors: zodFieldErrors(error),
  };
}

/** Reads a refusal from the API's problem+json answer, whatever its shape. */
export function loginFailureFromProblem(body: unknown): LoginFailure {
  const failure = LoginFailure.safeParse(body);
  return failure.success ? failure.data : UNAVAILABLE;
}

/**
 * next-auth v4 reports a refusal from `authorize` only as the message of the error it
 * threw, carried in its redirect URL; so the failure travels as JSON in that message.
 */
export function encodeLoginFailure(failure: LoginFailure): string {
  return JSON.stringify(failure);
}

export function decodeLoginFailure(message: string): LoginFailure {
  try {
    return loginFailureFromProblem(JSON.parse(message));
  } catch {
    return UNAVAILABLE;
  }
}
