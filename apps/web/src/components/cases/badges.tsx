import type { CaseStatus, RiskLevel } from '@cairn/contracts';
import { RISK_LABELS, STATUS_LABELS } from '../../cases/labels';

export function StatusBadge({ status }: { status: CaseStatus }) {
  return <span className={`badge status-${status.toLowerCase()}`}>{STATUS_LABELS[status]}</span>;
}

/** Risk in words as well as colour, so it reads without colour vision. */
export function RiskBadge({ risk }: { risk: RiskLevel }) {
  return (
    <span className={`badge risk-${risk.toLowerCase()}`}>
      <span className="visually-hidden">Risk: </span>
      {RISK_LABELS[risk]}
    </span>
  );
}
