import type { CaseView } from '@cairn/contracts';
import { RiskBadge, StatusBadge } from './badges';

export function CaseHeader({ item }: { item: CaseView }) {
  return (
    <header className="case-header">
      <p className="case-reference">{item.reference}</p>
      <h1>{item.title}</h1>
      <p className="case-badges">
        <StatusBadge status={item.status} />
        <RiskBadge risk={item.riskLevel} />
        {item.restricted && <span className="badge restricted">Restricted</span>}
        {item.crossBorder && <span className="badge cross-border">Cross-border</span>}
      </p>
      <p className="case-assignees">
        Assigned to:{' '}
        {item.assignees.length === 0
          ? 'nobody yet'
          : item.assignees.map((person) => person.displayName).join(', ')}
      </p>
    </header>
  );
}
