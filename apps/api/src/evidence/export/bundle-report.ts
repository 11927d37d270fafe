import PDFDocument from 'pdfkit';
import type { Readable } from 'node:stream';
import type { BundleSource } from './bundle-source';
import { describeLocation, type ItemOutcome, localTime } from './bundle-texts';

const INTEGRITY_TEXT: Record<ItemOutcome['integrity'], string> = {
  verified: 'verified: matches its SHA-256',
  unreadable: 'FAILED its integrity check: not certified, file incomplete',
  'hash-mismatch': 'FAILED: does not match its SHA-256, not certified',
  missing: 'MISSING from the store: not included',
  link: 'link only: no file',
};

/**
 * The bundle's report: the case, its incidents in the organisation's time zone, the
 * evidence with full hashes, and how to check them. Helvetica's Latin-1 covers English and
 * French; pdfkit streams the pages as they are written.
 */
export function bundleReport(source: BundleSource, outcomes: ItemOutcome[]): Readable {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 50,
    info: { Title: `Evidence bundle ${source.caseFile.reference}`, Producer: 'Cairn' },
  });
  const zone = source.organization.timeZone;
  const heading = (text: string) => {
    doc.moveDown(0.8).font('Helvetica-Bold').fontSize(13).text(text).moveDown(0.3);
    doc.font('Helvetica').fontSize(10);
  };
  const byId = new Map(outcomes.map((outcome) => [outcome.id, outcome]));

  doc.font('Helvetica-Bold').fontSize(18).text(`Evidence bundle — ${source.caseFile.reference}`);
  doc.font('Helvetica').fontSize(10).moveDown(0.5);
  doc.text(`Organisation: ${source.organization.name}`);
  doc.text(`Case: ${source.caseFile.title} (${source.caseFile.status})`);
  doc.text(`Prepared for: ${source.recipient.toLowerCase()}, by ${source.requestedBy}`);
  doc.text(`Generated: ${localTime(source.generatedAt, zone)} (${zone})`);
  doc.text(
    source.consentId
      ? "Shared with the survivor's recorded consent."
      : source.overrideReason
        ? `Shared without a recorded consent, by a supervisor's decision: ${source.overrideReason}`
        : 'Prepared for the survivor.',
  );
  doc.text(`Export id: ${source.exportId}`);

  heading('Summary');
  doc.text(source.caseFile.summary || '(no summary recorded)');

  heading('Incident timeline');
  if (source.incidents.length === 0) doc.text('(no incident recorded)');
  for (const incident of source.incidents) {
    doc
      .font('Helvetica-Bold')
      .text(
        `${localTime(incident.occurredAt, zone)}${incident.approximate ? ' (approximate)' : ''}`,
        { continued: true },
      )
      .font('Helvetica')
      .text(`  — ${describeLocation(incident.location)}`);
    doc.text(`Local time where it happened: ${incident.localTime} (${incident.timeZone})`);
    doc.text(incident.description).moveDown(0.4);
  }

  heading('Evidence');
  for (const item of source.items) {
    const outcome = byId.get(item.id);
    doc.font('Helvetica-Bold').text(outcome?.path ?? item.link?.url ?? item.id);
    doc.font('Helvetica');
    doc.text(`Kind: ${item.kind}; received ${localTime(item.receivedAt, zone)}`);
    if (item.capturedAt) doc.text(`Captured: ${localTime(item.capturedAt, zone)}`);
    if (item.sizeBytes !== null) doc.text(`Size: ${item.sizeBytes} bytes`);
    if (item.sha256) doc.font('Courier').fontSize(8.5).text(`SHA-256 ${item.sha256}`);
    doc.font('Helvetica').fontSize(10);
    doc.text(`In this bundle: ${INTEGRITY_TEXT[outcome?.integrity ?? 'missing']}`).moveDown(0.4);
  }

  heading('How to verify');
  doc.text(
    'The folder originals/ holds each file exactly as Cairn received it. SHA256SUMS lists the ' +
      'SHA-256 recorded when each file arrived, for every file that passed its integrity check ' +
      'during this export. In the folder where the bundle was unpacked, run:',
  );
  doc.moveDown(0.3).font('Courier').text('sha256sum -c SHA256SUMS').font('Helvetica').moveDown(0.3);
  doc.text(
    'Every line must end in "OK". On Windows, `certutil -hashfile <file> SHA256` prints the hash ' +
      'of one file, to compare with its line. manifest.json holds each item with its metadata ' +
      'and custody log; custody.csv lists who received, viewed, downloaded, verified and ' +
      'exported each item, and when; incidents.csv is the incident log.',
  );
  doc.end();
  return doc;
}
