import type { TakedownView } from '@cairn/contracts';

/** Whom a request is for, as its title names them: the platform, or a letter's addressee. */
export function recipientOf(request: TakedownView): string {
  return request.platform?.name ?? request.recipientName ?? request.recipientAddress;
}
