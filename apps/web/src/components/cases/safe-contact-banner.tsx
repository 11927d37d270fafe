import type { Survivor } from '@cairn/contracts';
import type { IntakeMessages } from '../../cases/intake-messages';

/**
 * How the survivor may be reached, on top of every page of the case: contacting them the
 * wrong way can put them in danger, so the "never" rules come first and loudest. A survivor
 * who wrote in through the intake form set these rules themselves.
 */
export function SafeContactBanner({
  survivor,
  words,
}: {
  survivor: Survivor;
  words: IntakeMessages;
}) {
  const { channels, safeTimes, never, details } = survivor.safeContact;
  return (
    <section className="safe-contact" aria-labelledby="safe-contact-heading">
      <h2 id="safe-contact-heading">
        {words.safeContact(survivor.name)}
        {survivor.isPseudonym && <span className="badge">{words.pseudonym}</span>}
      </h2>
      {never.length > 0 && (
        <div className="never">
          <p className="never-title">{words.never}</p>
          <ul>
            {never.map((rule) => (
              <li key={rule}>{rule}</li>
            ))}
          </ul>
        </div>
      )}
      <dl className="safe-contact-facts">
        <div>
          <dt>{words.channels}</dt>
          <dd>
            {channels.length > 0
              ? channels.map((channel) => words.channelNames[channel]).join(', ')
              : words.noChannel}
          </dd>
        </div>
        <div>
          <dt>{words.safeTimes}</dt>
          <dd>{safeTimes || words.notGiven}</dd>
        </div>
        {details && (
          <div>
            <dt>{words.contactDetails}</dt>
            <dd className="pre-line">{details}</dd>
          </div>
        )}
        <div>
          <dt>{words.language}</dt>
          <dd>{survivor.preferredLanguage}</dd>
        </div>
      </dl>
    </section>
  );
}
