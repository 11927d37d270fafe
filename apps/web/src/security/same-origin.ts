/**
 * Whether a request that changes or takes out data was sent by a page of this app. Browsers
 * name the sending page's origin on every POST; a page of another site cannot forge it. Next
 * checks its server actions this way itself; a route handler that answers a form must ask.
 */
export function sentFromOrigin(request: Request, appOrigin: string): boolean {
  const origin = request.headers.get('origin');
  return origin !== null && origin === new URL(appOrigin).origin;
}
