import type { FieldLocale, GuideProblemView } from '@cairn/contracts';
import { guideProblemKind, REFUSAL_MESSAGES } from '../../forms/refusal-messages';
import styles from './content-admin.module.css';

function where(problem: GuideProblemView, withFile: boolean, locale: FieldLocale): string {
  const at = REFUSAL_MESSAGES[locale].line(problem.line, problem.column);
  return withFile ? `${problem.file}, ${at.charAt(0).toLowerCase()}${at.slice(1)}` : at;
}

/**
 * One problem, after where it is: on an English page the checker's own sentence; on another
 * language's page what kind of problem it is, then the checker's detail (which link, which
 * key), in English and marked so.
 */
export function ProblemText({
  problem,
  locale,
  withFile = false,
}: {
  problem: GuideProblemView;
  locale: FieldLocale;
  withFile?: boolean;
}) {
  const colon = locale === 'fr' ? ' :' : ':';
  const place = withFile
    ? where(problem, true, locale)
    : REFUSAL_MESSAGES[locale].line(problem.line, problem.column);
  if (locale === 'en') return <>{`${place}${colon} ${problem.message}`}</>;
  return (
    <>
      {`${place}${colon} ${guideProblemKind(problem.code, locale)}. `}
      <span lang="en">{problem.message}</span>
    </>
  );
}

/**
 * Problems in guide text, each with where it is. In the editor each is a button that puts
 * the caret on its line; elsewhere (an import) each names its file.
 */
export function ProblemList({
  problems,
  onSelect,
  locale = 'en',
}: {
  problems: readonly GuideProblemView[];
  onSelect?: (problem: GuideProblemView) => void;
  locale?: FieldLocale;
}) {
  return (
    <ul className={styles.problems}>
      {problems.map((problem, index) => {
        const key = `${index}:${problem.file}:${problem.line}:${problem.code}`;
        if (onSelect && locale === 'en') {
          // The editor's list: its line only, as before.
          return (
            <li key={key}>
              <button
                type="button"
                className={styles.problemButton}
                onClick={() => onSelect(problem)}
              >
                {`Line ${problem.line}: ${problem.message}`}
              </button>
            </li>
          );
        }
        const text = <ProblemText problem={problem} locale={locale} withFile={!onSelect} />;
        return (
          <li key={key}>
            {onSelect ? (
              <button
                type="button"
                className={styles.problemButton}
                onClick={() => onSelect(problem)}
              >
                {text}
              </button>
            ) : (
              <span className={styles.problemText}>{text}</span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
