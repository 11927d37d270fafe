'use client';

import { useId, useState } from 'react';
import type { GuideProblemView } from '@cairn/contracts';
import { groupProblems, problemKinds } from '../../content-admin/group-problems';
import styles from './content-admin.module.css';

function where(problem: GuideProblemView): string {
  return `Line ${problem.line}${problem.column ? `, column ${problem.column}` : ''}`;
}

/**
 * An import's problems by file, narrowed by kind and by words of the path. Without
 * JavaScript every group shows, unfiltered.
 */
export function ImportProblems({ problems }: { problems: readonly GuideProblemView[] }) {
  const id = useId();
  const [code, setCode] = useState('');
  const [file, setFile] = useState('');
  const groups = groupProblems(problems, { code, file });
  const shown = groups.reduce((sum, group) => sum + group.problems.length, 0);
  return (
    <div className={styles.importProblems}>
      <div className={styles.filters} role="search" aria-label="Problems">
        <div>
          <label htmlFor={`${id}-code`}>Kind of problem</label>
          <select id={`${id}-code`} value={code} onChange={(event) => setCode(event.target.value)}>
            <option value="">All ({problems.length})</option>
            {problemKinds(problems).map((kind) => (
              <option key={kind.code} value={kind.code}>
                {kind.code} ({kind.count})
              </option>
            ))}
          </select>
        </div>
        <div className={styles.search}>
          <label htmlFor={`${id}-file`}>File</label>
          <input
            id={`${id}-file`}
            type="search"
            value={file}
            onChange={(event) => setFile(event.target.value)}
          />
        </div>
      </div>
      <p role="status">
        {shown === problems.length
          ? `${problems.length} problems in ${groups.length} files`
          : `${shown} of ${problems.length} problems, in ${groups.length} files`}
      </p>
      {groups.map((group) => (
        <section key={group.file} aria-label={group.file} className={styles.problemFile}>
          <h3 className={styles.path}>{group.file}</h3>
          <ul className={styles.problems}>
            {group.problems.map((problem, index) => (
              <li key={`${index}:${problem.line}:${problem.code}`}>
                <span className={styles.problemText}>
                  {where(problem)}: {problem.message} <span className="badge">{problem.code}</span>
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
