import type { CaseSource } from '@cairn/contracts';
import type { IntakeMessages } from '../../cases/intake-messages';

/**
 * Where a case came from, when a survivor sent it through the intake form; and, when the
 * form went without its anti-spam check, that it is not verified. Staff cases carry nothing.
 */
export function SourceBadges({
  source,
  unverified,
  words,
}: {
  source: CaseSource;
  /** The submission came without its anti-spam check (`CaseSummaryView.unverified`). */
  unverified: boolean;
  words: Pick<
    IntakeMessages,
    'sourceIntake' | 'sourceIntakeHint' | 'notVerified' | 'notVerifiedHint'
  >;
}) {
  if (source !== 'INTAKE') return null;
  return (
    <>
      <span className="badge source-intake" title={words.sourceIntakeHint}>
        {words.sourceIntake}
      </span>
      {unverified && (
        <span className="badge restricted" title={words.notVerifiedHint}>
          {words.notVerified}
        </span>
      )}
    </>
  );
}
