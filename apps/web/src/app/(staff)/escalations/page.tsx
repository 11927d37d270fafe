import type { Metadata } from 'next';
import {
  EscalationRuleKind,
  roleAllows,
  type EscalationFiringView,
  type FieldLocale,
} from '@cairn/contracts';
import {
  CalendarForm,
  OnCallForm,
  RuleForm,
} from '../../../components/escalations/escalation-forms';
import { getEscalationSettings } from '../../../escalations/escalation-api';
import { ESCALATION_MESSAGES } from '../../../escalations/escalation-messages';
import { firingOutcome } from '../../../escalations/firing-outcome';
import { staffLocale } from '../../../forms/staff-locale';
import { currentStaff } from '../../../staff/current-staff';
import { formatDateTime } from '../../../staff/format-date';
import { ROLE_LABELS_BY_LOCALE } from '../../../staff/role-labels';
import { staffSections } from '../../../staff/sections';
import { requireApiToken } from '../../../staff/staff-api';

export async function generateMetadata(): Promise<Metadata> {
  return { title: staffSections(await staffLocale()).escalations.title };
}

/** What a firing did; marked English when it is a sentence the worker stored before codes. */
function FiringOutcome({ firing, locale }: { firing: EscalationFiringView; locale: FieldLocale }) {
  const { text, lang } = firingOutcome(firing, locale);
  return (
    <p className="break-anywhere" lang={lang}>
      {text}
    </p>
  );
}

export default async function EscalationsPage() {
  const [me, locale] = await Promise.all([currentStaff(), staffLocale()]);
  const words = ESCALATION_MESSAGES[locale];
  const { title, purpose } = staffSections(locale).escalations;
  if (!roleAllows(me.role, 'escalations.manage')) {
    return (
      <div lang={locale}>
        <h1>{title}</h1>
        <p className="notice">{words.adminsOnly}</p>
      </div>
    );
  }
  const settings = await getEscalationSettings(await requireApiToken());
  const { timeZone } = me.organization;
  return (
    <div lang={locale}>
      <h1>{title}</h1>
      <p>{purpose}</p>
      <p>{words.deadlines}</p>

      <section aria-labelledby="calendar-heading">
        <h2 id="calendar-heading">{words.businessHours}</h2>
        <CalendarForm calendar={settings.calendar} locale={locale} />
      </section>

      {EscalationRuleKind.options.map((kind) => {
        const rule = settings.rules.find((candidate) => candidate.kind === kind);
        const headingId = `rule-${kind.toLowerCase()}-heading`;
        return (
          <section key={kind} aria-labelledby={headingId}>
            <h2 id={headingId}>{words.rules[kind].title}</h2>
            <p>{words.rules[kind].purpose}</p>
            {!rule && <p className="notice">{words.notSetUp}</p>}
            <RuleForm kind={kind} rule={rule} locale={locale} />
          </section>
        );
      })}

      <section aria-labelledby="on-call-heading">
        <h2 id="on-call-heading">{words.onCall}</h2>
        <ul className="escalation-list">
          {settings.staff.map((member) => (
            <li key={member.id}>
              <p>
                <strong className="break-anywhere">{member.displayName}</strong> (
                {ROLE_LABELS_BY_LOCALE[locale][member.role]}){words.onCallStatus(member.onCall)}
              </p>
              <OnCallForm member={member} locale={locale} />
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="firings-heading">
        <h2 id="firings-heading">{words.firings}</h2>
        {settings.recentFirings.length === 0 ? (
          <p>{words.nothingYet}</p>
        ) : (
          <ul className="escalation-list">
            {settings.recentFirings.map((firing) => (
              <li key={firing.id}>
                <p>
                  <strong>{words.steps[firing.step] ?? firing.step}</strong>,{' '}
                  <a href={`/cases/${firing.caseId}`}>{firing.caseReference}</a>,{' '}
                  {formatDateTime(firing.firedAt, timeZone, locale)}
                </p>
                <FiringOutcome firing={firing} locale={locale} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
