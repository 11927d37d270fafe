/** Every code an API error can carry. Adding one without a row in `describe` fails to compile. */
export type ErrorCode =
  | 'validation-failed'
  | 'malformed-body'
  | 'invalid-value'
  | 'body-too-large'
  | 'unsupported-media-type'
  | 'bad-url'
  | 'uri-too-long'
  | 'unauthenticated'
  | 'invalid-credentials'
  | 'account-locked'
  | 'rate-limited'
  | 'forbidden'
  | 'not-found'
  | 'organization-required'
  | 'conflict'
  | 'last-admin'
  | 'invalid-transition'
  | 'invite-unusable'
  | 'content-invalid'
  | 'survivor-unreadable'
  | 'upload-incomplete'
  | 'upload-too-large'
  | 'evidence-unreadable'
  | 'consent-required'
  | 'one-warning'
  | 'form-changed'
  | 'form-not-offered'
  | 'intake-refused'
  | 'follow-up-refused'
  | 'unavailable'
  | 'internal';

export interface ErrorDescription {
  status: number;
  title: string;
}

export function describeError(code: ErrorCode): ErrorDescription {
  switch (code) {
    case 'validation-failed':
      return { status: 400, title: 'The request has invalid fields' };
    case 'malformed-body':
      return { status: 400, title: 'The request body could not be read' };
    case 'invalid-value':
      return { status: 400, title: 'A value of the request could not be stored' };
    case 'body-too-large':
      return { status: 413, title: 'The request body is too large' };
    case 'unsupported-media-type':
      return { status: 415, title: 'The request body has an unsupported media type' };
    case 'bad-url':
      return { status: 400, title: 'The URL could not be read' };
    case 'uri-too-long':
      return { status: 414, title: 'A part of the URL is too long' };
    case 'unauthenticated':
      return { status: 401, title: 'Sign in to continue' };
    case 'invalid-credentials':
      return { status: 401, title: 'Email or password is incorrect' };
    case 'account-locked':
      return { status: 423, title: 'The account is locked after repeated failed sign-ins' };
    case 'rate-limited':
      return { status: 429, title: 'Too many attempts; wait a minute and try again' };
    case 'forbidden':
      return { status: 403, title: 'Your role does not allow this' };
    case 'not-found':
      return { status: 404, title: 'Not found' };
    case 'organization-required':
      return { status: 409, title: 'Choose the organisation to sign in to' };
    case 'conflict':
      return { status: 409, title: 'The request conflicts with the current state' };
    case 'last-admin':
      return { status: 409, title: 'An organisation must keep at least one admin' };
    case 'invalid-transition':
      return { status: 409, title: 'The case cannot move to that status from its current one' };
    case 'invite-unusable':
      return { status: 410, title: 'This invitation has expired, was revoked or was already used' };
    case 'content-invalid':
      return { status: 422, title: 'The guide content has problems; nothing was changed' };
    case 'survivor-unreadable':
      // The stored value conflicts with the case it sits on; the server log says how.
      return { status: 409, title: "The survivor's details on this case cannot be opened" };
    case 'upload-incomplete':
      return { status: 400, title: 'The upload ended before its file did; nothing was kept' };
    case 'upload-too-large':
      return { status: 413, title: "The file is larger than the organisation's upload limit" };
    case 'evidence-unreadable':
      return { status: 500, title: 'The stored evidence failed its integrity check' };
    case 'consent-required':
      return { status: 409, title: "The survivor's consent for this is not on record" };
    case 'one-warning':
      return { status: 409, title: 'A case has one written warning only' };
    case 'form-changed':
      return { status: 409, title: 'The form has changed since it was opened' };
    case 'form-not-offered':
      return { status: 404, title: 'This organisation does not take this form online' };
    case 'intake-refused':
      return { status: 400, title: 'The form could not be accepted' };
    case 'follow-up-refused':
      return { status: 401, title: 'The reference or the code is not right' };
    case 'unavailable':
      return { status: 503, title: 'A service Cairn depends on is unavailable' };
    case 'internal':
      return { status: 500, title: 'Something went wrong on our side' };
    default: {
      const unmapped: never = code;
      throw new Error(`Unmapped error code ${String(unmapped)}`);
    }
  }
}

export const problemType = (code: ErrorCode): string => `/problems/${code}`;
