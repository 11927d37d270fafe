import type { Survivor } from '@cairn/contracts';
import { CHANNEL_LABELS } from '../../cases/labels';

/**
 * How the survivor may be reached, on top of every page of the case: contacting them the
 * wrong way can put them in danger, so the "never" rules come first and loudest.
 */
export function SafeContactBanner({ survivor }: { survivor: Survivor }) {
  const { channels, safeTimes, never, details } = survivor.safeContact;
  return (
    <section className="safe-contact" aria-labelledby="safe-contact-heading">
      <h2 id="safe-contact-heading">
        Safe contact: {survivor.name}
        {survivor.isPseudonym && <span className="badge">Pseudonym</span>}
      </h2>
      {never.length > 0 && (
        <div className="never">
          <p className="never-title">Never:</p>
          <ul>
            {never.map((rule) => (
              <li key={rule}>{rule}</li>
            ))}
          </ul>
        </div>
      )}
      <dl className="safe-contact-facts">
        <div>
          <dt>Channels</dt>
          <dd>
            {channels.length > 0
              ? channels.map((channel) => CHANNEL_LABELS[channel]).join(', ')
              : 'None given: ask before any contact'}
          </dd>
        </div>
        <div>
          <dt>Safe times</dt>
          <dd>{safeTimes || 'Not given'}</dd>
        </div>
        {details && (
          <div>
            <dt>Contact details</dt>
            <dd className="pre-line">{details}</dd>
          </div>
        )}
        <div>
          <dt>Language</dt>
          <dd>{survivor.preferredLanguage}</dd>
        </div>
      </dl>
    </section>
  );
}
