import Link from 'next/link';
import type { FieldLocale, HelplineView } from '@cairn/contracts';
import { CONTENT_MESSAGES } from '../../content-admin/content-messages';
import { CONTENT_HOME } from '../../content-admin/document-paths';

/** The organisation's helplines as its guide offers them. */
export function HelplineList({
  helplines,
  canEdit,
  locale = 'en',
}: {
  helplines: readonly HelplineView[];
  canEdit: boolean;
  locale?: FieldLocale;
}) {
  const words = CONTENT_MESSAGES[locale];
  if (helplines.length === 0) return <p>{words.noHelpline}</p>;
  return (
    <ul className="records">
      {helplines.map((helpline) => (
        <li className="record" key={helpline.id}>
          <p className="record-meta">
            <strong>{helpline.name}</strong>
            {helpline.own && <span className="badge">{words.yourService}</span>}
            {helpline.takesUrgent && <span className="badge">{words.urgentCases}</span>}
            {helpline.listed && <span className="badge">{words.listed}</span>}
          </p>
          {helpline.description && <p>{helpline.description}</p>}
          <p>
            {helpline.services.map((service) => words.services[service]).join(', ')}
            {words.languagesRegions(helpline.languages.join(', '), helpline.regions.join(', '))}
          </p>
          <ul>
            {helpline.channels.map((channel, index) => (
              <li key={index}>
                {words.channels[channel.kind]}
                {locale === 'fr' ? '\u00a0: ' : ': '}
                {channel.value}
                {channel.label && ` (${channel.label})`}
                {channel.secure && words.secure}
              </li>
            ))}
          </ul>
          {canEdit && (
            <p>
              <Link href={`${CONTENT_HOME}/helplines/${helpline.id}`}>
                {words.editHelpline(helpline.name)}
              </Link>
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
