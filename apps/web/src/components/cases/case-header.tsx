import type { CaseView, FieldLocale } from '@cairn/contracts';
import { CASE_MESSAGES } from '../../cases/case-messages';
import type { IntakeMessages } from '../../cases/intake-messages';
import { RiskBadge, StatusBadge } from './badges';
import { SourceBadges } from './source-badge';

export function CaseHeader({
  item,
  words,
  locale = 'en',
}: {
  item: CaseView;
  words: IntakeMessages;
  locale?: FieldLocale;
}) {
  const w = CASE_MESSAGES[locale];
  return (
    <header className="case-header">
      <p className="case-reference">{item.reference}</p>
      <h1>{item.title}</h1>
      <p className="case-badges" lang={locale}>
        <StatusBadge status={item.status} locale={locale} />
        <RiskBadge risk={item.riskLevel} locale={locale} />
        {item.restricted && <span className="badge restricted">{w.restricted}</span>}
        {item.crossBorder && <span className="badge cross-border">{w.crossBorder}</span>}
        <SourceBadges source={item.source} unverified={item.unverified} words={words} />
      </p>
      {item.unverified && (
        <p className="hint" lang={locale}>
          {words.notVerifiedHint}
        </p>
      )}
      <p className="case-assignees">
        <span lang={locale}>{w.assignedTo}</span>{' '}
        {item.assignees.length === 0 ? (
          <span lang={locale}>{w.nobodyYet}</span>
        ) : (
          item.assignees.map((person) => person.displayName).join(', ')
        )}
      </p>
    </header>
  );
}
