import { ChecklistState, roleAllows } from '@cairn/contracts';
import { setChecklistItem } from '../../../../../cases/case-actions';
import { getChecklist } from '../../../../../cases/case-api';
import { CASE_RECORD_MESSAGES } from '../../../../../cases/case-record-messages';
import { CASE_LABELS } from '../../../../../cases/labels';
import { staffLocale } from '../../../../../forms/staff-locale';
import { currentStaff } from '../../../../../staff/current-staff';
import { formatDateTime } from '../../../../../staff/format-date';
import { requireApiToken } from '../../../../../staff/staff-api';

export default async function ChecklistPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const [me, token, locale] = await Promise.all([currentStaff(), requireApiToken(), staffLocale()]);
  const words = CASE_RECORD_MESSAGES[locale];
  const stateNames = CASE_LABELS[locale].checklistState;
  const { checklists } = await getChecklist(id, token);
  const writes = roleAllows(me.role, 'cases.write');
  const action = setChecklistItem.bind(null, id);

  return (
    <section aria-labelledby="checklist-heading">
      <h2 id="checklist-heading" lang={locale}>
        {words.checklistTitle}
      </h2>
      {checklists.length === 0 && <p lang={locale}>{words.noChecklist}</p>}
      {checklists.map((checklist) => (
        <section key={checklist.id} aria-labelledby={`checklist-${checklist.id}`}>
          <h3 id={`checklist-${checklist.id}`}>{checklist.title}</h3>
          {checklist.sections.map((section, index) => (
            <div key={section.label ?? index}>
              {section.label && <h4>{section.label}</h4>}
              <ul className="checklist">
                {section.items.map((item) => (
                  <li key={item.id} className={`checklist-item state-${item.state.toLowerCase()}`}>
                    <p className="checklist-text">
                      <span className="badge" lang={locale}>
                        {stateNames[item.state]}
                      </span>{' '}
                      {item.text}
                    </p>
                    {item.changedAt && (
                      <p className="hint" lang={locale}>
                        {stateNames[item.state]}
                        {item.changedBy && words.changedBy(item.changedBy.displayName)},{' '}
                        {formatDateTime(item.changedAt, me.organization.timeZone, locale)}
                      </p>
                    )}
                    {writes && (
                      // One small form per step: the pressed button sends its state.
                      <form action={action} className="checklist-buttons" lang={locale}>
                        <input type="hidden" name="itemId" value={item.id} />
                        {ChecklistState.options.map((state) => (
                          <button
                            key={state}
                            type="submit"
                            name="state"
                            value={state}
                            className="secondary"
                            aria-pressed={item.state === state}
                          >
                            {/* The name starts with what is shown, so voice control can press it. */}
                            {words.buttons[state]}
                            <span className="visually-hidden"> — {item.text}</span>
                          </button>
                        ))}
                      </form>
                    )}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </section>
  );
}
