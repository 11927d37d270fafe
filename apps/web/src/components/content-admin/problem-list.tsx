import type { GuideProblemView } from '@cairn/contracts';
import styles from './content-admin.module.css';

function where(problem: GuideProblemView, withFile: boolean): string {
  const line = `line ${problem.line}${problem.column ? `, column ${problem.column}` : ''}`;
  return withFile ? `${problem.file}, ${line}` : `Line ${problem.line}`;
}

/**
 * Problems in guide text, each with where it is. In the editor each is a button that puts
 * the caret on its line; elsewhere (an import) each names its file.
 */
export function ProblemList({
  problems,
  onSelect,
}: {
  problems: readonly GuideProblemView[];
  onSelect?: (problem: GuideProblemView) => void;
}) {
  return (
    <ul className={styles.problems}>
      {problems.map((problem, index) => {
        const key = `${index}:${problem.file}:${problem.line}:${problem.code}`;
        const text = `${where(problem, !onSelect)}: ${problem.message}`;
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
