import { csvCell } from '../../cases/case-export.service';
import type { BundleIncident, BundleSource } from './bundle-source';

/**
 * What became of one item in a bundle. Only `verified` files are certified: their bytes,
 * as written, hashed to the SHA-256 taken at upload. A file whose stored content failed its
 * integrity check is cut where the check failed and is never listed in SHA256SUMS.
 */
export type ItemIntegrity = 'verified' | 'unreadable' | 'missing' | 'hash-mismatch' | 'link';

export interface ItemOutcome {
  id: string;
  /** Its path in the ZIP, when any of its bytes were written. */
  path: string | null;
  integrity: ItemIntegrity;
}

const BOM = '\uFEFF';

/** The exact format `sha256sum -c` reads: hex, two spaces, the path; verified files only. */
export function sha256Sums(source: BundleSource, outcomes: ItemOutcome[]): string {
  const hashes = new Map(source.items.map((item) => [item.id, item.sha256]));
  return outcomes
    .filter((outcome) => outcome.integrity === 'verified' && outcome.path)
    .map((outcome) => `${hashes.get(outcome.id)}  ${outcome.path}\n`)
    .join('');
}

/** Each item's metadata, hashes, integrity in this export and custody, as JSON. */
export function manifestJson(source: BundleSource, outcomes: ItemOutcome[]): string {
  const byId = new Map(outcomes.map((outcome) => [outcome.id, outcome]));
  return `${JSON.stringify(
    {
      format: 'cairn-evidence-bundle/1',
      exportId: source.exportId,
      generatedAt: source.generatedAt.toISOString(),
      organization: source.organization.name,
      case: { reference: source.caseFile.reference, title: source.caseFile.title },
      recipient: source.recipient,
      consentId: source.consentId,
      overrideReason: source.overrideReason,
      requestedBy: source.requestedBy,
      items: source.items.map((item) => ({
        id: item.id,
        kind: item.kind,
        path: byId.get(item.id)?.path ?? null,
        integrity: byId.get(item.id)?.integrity ?? 'missing',
        fileName: item.fileName,
        sizeBytes: item.sizeBytes,
        sha256: item.sha256,
        declaredType: item.declaredType,
        detectedType: item.detectedType,
        capturedAt: item.capturedAt?.toISOString() ?? null,
        receivedAt: item.receivedAt.toISOString(),
        uploadedBy: item.uploadedBy,
        incidentId: item.incidentId,
        link: item.link && { ...item.link, seenAt: item.link.seenAt.toISOString() },
        hidden: item.hidden,
        legalHold: item.legalHold,
        ...(item.analysis ? { analysis: item.analysis } : {}),
        custody: item.custody.map((entry) => ({ ...entry, at: entry.at.toISOString() })),
      })),
    },
    null,
    2,
  )}\n`;
}

/** A date and time as the organisation reads it, with its zone's offset. */
export function localTime(at: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'longOffset',
  }).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((candidate) => candidate.type === type)?.value ?? '';
  const offset = part('timeZoneName').replace('GMT', '') || '+00:00';
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}:${part('second')} ${offset}`;
}

function csv(header: string[], rows: string[][]): string {
  return BOM + [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** Every custody event of every item, oldest first per item, for a spreadsheet. */
export function custodyCsv(source: BundleSource, outcomes: ItemOutcome[]): string {
  const paths = new Map(outcomes.map((outcome) => [outcome.id, outcome.path ?? '']));
  const zone = source.organization.timeZone;
  return csv(
    ['item_id', 'file', 'at_utc', 'at_local', 'action', 'by', 'request_id', 'details'],
    source.items.flatMap((item) =>
      item.custody.map((entry) => [
        item.id,
        paths.get(item.id) ?? '',
        entry.at.toISOString(),
        localTime(entry.at, zone),
        entry.action,
        entry.actor ?? '',
        entry.requestId ?? '',
        JSON.stringify(entry.data),
      ]),
    ),
  );
}

export function describeLocation(location: BundleIncident['location']): string {
  switch (location.kind) {
    case 'PLATFORM':
      return location.url ? `${location.platform} ${location.url}` : location.platform;
    case 'URL':
      return location.url;
    case 'PLACE':
      return location.place;
    case 'UNKNOWN':
      return 'unknown';
  }
}

/** The incident log: each incident's local time where it happened, and in UTC. */
export function incidentsCsv(source: BundleSource): string {
  return csv(
    ['local_time', 'time_zone', 'approximate', 'at_utc', 'where', 'what_happened'],
    source.incidents.map((incident) => [
      incident.localTime,
      incident.timeZone,
      incident.approximate ? 'yes' : 'no',
      incident.occurredAt.toISOString(),
      describeLocation(incident.location),
      incident.description,
    ]),
  );
}
