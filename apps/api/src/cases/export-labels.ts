/**
 * An instant as the organisation's clock showed it, written `2026-03-14 22:30:00`: a form
 * every spreadsheet reads as a date and time, whatever its own language.
 */
export function spreadsheetTime(iso: string, timeZone: string): string {
  // Swedish writes dates and times in exactly that form.
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso));
}
