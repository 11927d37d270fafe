import Link from 'next/link';
import type { HelplineView } from '@cairn/contracts';
import { CONTENT_HOME } from '../../content-admin/document-paths';
import { CHANNEL_LABELS, SERVICE_LABELS } from '../../content-admin/labels';

/** The organisation's helplines as its guide offers them. */
export function HelplineList({
  helplines,
  canEdit,
}: {
  helplines: readonly HelplineView[];
  canEdit: boolean;
}) {
  if (helplines.length === 0) return <p>Your organisation has no helpline yet.</p>;
  return (
    <ul className="records">
      {helplines.map((helpline) => (
        <li className="record" key={helpline.id}>
          <p className="record-meta">
            <strong>{helpline.name}</strong>
            {helpline.own && <span className="badge">Your service</span>}
            {helpline.takesUrgent && <span className="badge">Urgent cases</span>}
            {helpline.listed && <span className="badge">Listed</span>}
          </p>
          {helpline.description && <p>{helpline.description}</p>}
          <p>
            {helpline.services.map((service) => SERVICE_LABELS[service]).join(', ')} · Languages:{' '}
            {helpline.languages.join(', ')} · Regions: {helpline.regions.join(', ')}
          </p>
          <ul>
            {helpline.channels.map((channel, index) => (
              <li key={index}>
                {CHANNEL_LABELS[channel.kind]}: {channel.value}
                {channel.label && ` (${channel.label})`}
                {channel.secure && ' · secure'}
              </li>
            ))}
          </ul>
          {canEdit && (
            <p>
              <Link href={`${CONTENT_HOME}/helplines/${helpline.id}`}>Edit {helpline.name}</Link>
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
