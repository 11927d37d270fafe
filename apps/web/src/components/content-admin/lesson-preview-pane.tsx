import { lessonPreview } from '../../content-admin/lesson-preview';
import styles from './content-admin.module.css';

/** A lesson's text as the guide renders it, beside the editor or under a revision. */
export function LessonPreviewPane({
  source,
  id,
  label,
  lang,
}: {
  source: string;
  id: string;
  /** The pane's heading, in the reader's language. */
  label: string;
  /** The language of the lesson itself. */
  lang?: string;
}) {
  const { title, html } = lessonPreview(source);
  return (
    <section className={styles.preview} aria-labelledby={id}>
      <h2 id={id}>{label}</h2>
      {title && (
        <p className={styles.previewTitle} lang={lang}>
          {title}
        </p>
      )}
      <div
        lang={lang}
        // The guide's renderer, raw HTML and images off: safe as it is.
        dangerouslySetInnerHTML={{ __html: html }}
      />
    </section>
  );
}
