import type { CaseView } from '@cairn/contracts';
import type { IntakeMessages } from '../../cases/intake-messages';
import { RiskBadge, StatusBadge } from './badges';
import { SourceBadges } from './source-badge';

export function CaseHeader({ item, words }: { item: CaseView; words: IntakeMessages }) {
  return (
    <header className="case-header">
      <p className="case-reference">{item.reference}</p>
      <h1>{item.title}</h1>
      <p className="case-badges">
        <StatusBadge status={item.status} />
        <RiskBadge risk={item.riskLevel} />
        {item.restricted && <span className="badge restricted">Restricted</span>}
        {item.crossBorder && <span className="badge cross-border">Cross-border</span>}
        <SourceBadges source={item.source} unverified={item.unverified} words={words} />
      </p>
      {item.unverified && <p className="hint">{words.notVerifiedHint}</p>}
      <p className="case-assignees">
        Assigned to:{' '}
        {item.assignees.length === 0
          ? 'nobody yet'
          : item.assignees.map((person) => person.displayName).join(', ')}
      </p>
    </header>
  );
}
