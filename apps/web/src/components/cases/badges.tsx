import { CASE_WORDS, type CaseStatus, type FieldLocale, type RiskLevel } from '@cairn/contracts';

export function StatusBadge({
  status,
  locale = 'en',
}: {
  status: CaseStatus;
  locale?: FieldLocale;
}) {
  return (
    <span className={`badge status-${status.toLowerCase()}`}>
      {CASE_WORDS[locale].status[status]}
    </span>
  );
}

/** Said before a risk badge to screen readers, which do not see its colour. */
const RISK_PREFIX: Readonly<Record<FieldLocale, string>> = { en: 'Risk: ', fr: 'Risque : ' };

/** Risk in words as well as colour, so it reads without colour vision. */
export function RiskBadge({ risk, locale = 'en' }: { risk: RiskLevel; locale?: FieldLocale }) {
  return (
    <span className={`badge risk-${risk.toLowerCase()}`}>
      <span className="visually-hidden">{RISK_PREFIX[locale]}</span>
      {CASE_WORDS[locale].risk[risk]}
    </span>
  );
}
