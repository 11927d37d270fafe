import { CaseStatus, ClosingReason, type TimelineEntryView } from '@cairn/contracts';
import { CLOSING_REASON_LABELS, STATUS_LABELS } from './labels';

function statusLabel(value: unknown): string {
  const status = CaseStatus.safeParse(value);
  return status.success ? STATUS_LABELS[status.data] : String(value);
}

/**
 * A line about an entry's facts. Only the facts whose shape is known are worded; the rest
 * read as `name: value`.
 */
export function describeEntry({ kind, data }: TimelineEntryView): string {
  if (kind === 'STATUS_CHANGED' && 'from' in data && 'to' in data) {
    const reason = ClosingReason.safeParse(data.closingReason);
    const move = `${statusLabel(data.from)} → ${statusLabel(data.to)}${
      reason.success ? ` (${CLOSING_REASON_LABELS[reason.data]})` : ''
    }`;
    return typeof data.comment === 'string' && data.comment ? `${move}: ${data.comment}` : move;
  }
  return (
    Object.entries(data)
      // Ids mean nothing to a reader; the record they name is on its own tab.
      .filter(([name]) => !name.endsWith('Id'))
      .filter(([, value]) => value !== null && value !== undefined && typeof value !== 'object')
      .map(([name, value]) => `${name}: ${String(value)}`)
      .join(' · ')
  );
}
