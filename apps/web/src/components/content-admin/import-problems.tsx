'use client';

import { useId, useState } from 'react';
import type { FieldLocale, GuideProblemView } from '@cairn/contracts';
import { IMPORT_MESSAGES } from '../../content-admin/import-messages';
import { groupProblems, problemKinds } from '../../content-admin/group-problems';
import { guideProblemName } from '../../forms/refusal-messages';
import styles from './content-admin.module.css';
import { ProblemText } from './problem-list';

/**
 * An import's problems by file, narrowed by kind and by words of the path. Without
 * JavaScript every group shows, unfiltered.
 */
export function ImportProblems({
  problems,
  locale = 'en',
}: {
  problems: readonly GuideProblemView[];
  locale?: FieldLocale;
}) {
  const words = IMPORT_MESSAGES[locale];
  const id = useId();
  const [code, setCode] = useState('');
  const [file, setFile] = useState('');
  const groups = groupProblems(problems, { code, file });
  const shown = groups.reduce((sum, group) => sum + group.problems.length, 0);
  return (
    <div className={styles.importProblems}>
      <div className={styles.filters} role="search" aria-label={words.problemsLabel}>
        <div>
          <label htmlFor={`${id}-code`}>{words.kindOfProblem}</label>
          <select id={`${id}-code`} value={code} onChange={(event) => setCode(event.target.value)}>
            <option value="">{words.all(problems.length)}</option>
            {problemKinds(problems).map((kind) => (
              <option key={kind.code} value={kind.code}>
                {guideProblemName(kind.code, locale)} ({kind.count})
              </option>
            ))}
          </select>
        </div>
        <div className={styles.search}>
          <label htmlFor={`${id}-file`}>{words.file}</label>
          <input
            id={`${id}-file`}
            type="search"
            value={file}
            onChange={(event) => setFile(event.target.value)}
          />
        </div>
      </div>
      <p role="status">{words.problemsShown(shown, problems.length, groups.length)}</p>
      {groups.map((group) => (
        <section key={group.file} aria-label={group.file} className={styles.problemFile}>
          <h3 className={styles.path}>{group.file}</h3>
          <ul className={styles.problems}>
            {group.problems.map((problem, index) => (
              <li key={`${index}:${problem.line}:${problem.code}`}>
                <span className={styles.problemText}>
                  <ProblemText problem={problem} locale={locale} />{' '}
                  <span className="badge">{guideProblemName(problem.code, locale)}</span>
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
