import { readProblem, UNAVAILABLE_MESSAGE } from '../forms/form-state';

/** An API answer as the content pages read it. */
export interface Answer {
  ok: boolean;
  status: number;
  body: unknown;
}

/** What to say when the API refused for a reason that is not in the text itself. */
export function refusal({ status, body }: Answer): string {
  const problem = readProblem(body);
  if (status === 403) return 'Your role cannot change the guide.';
  if (status === 404) return 'This file is not in your guide, or no longer is.';
  if (status === 400 || status === 409 || status === 422) {
    if (problem?.errors?.length) {
      return problem.errors
        .map(({ field, message }) => (field ? `${field}: ${message}` : message))
        .join(' ');
    }
    return problem?.detail ?? problem?.title ?? UNAVAILABLE_MESSAGE;
  }
  return UNAVAILABLE_MESSAGE;
}
