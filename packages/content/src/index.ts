export { buildGuide, type GuideContent } from './build-guide';
export { checkDocument } from './check-document';
export {
  contentKindOf,
  idFromFileName,
  LEVELS,
  PAGE_SECTIONS,
  parseContentPath,
  type ContentKind,
  type ContentPath,
  type Level,
} from './content-path';
export {
  CATEGORY_FILE,
  categoryPlaceOf,
  guideFileKindOf,
  type GuideFileKind,
} from './parse-category';
export { defaultGuideDir } from './default-guide-dir';
export { titleOf } from './document-title';
export { composeGuideFiles, defaultGuideFiles } from './guide-files';
export { importGuide, type GuideImport } from './import-guide';
export { parseGuideHref, type GuideLink, type GuideTarget } from './links';
export { guideFromFiles, loadGuide, type Guide } from './load-guide';
export type {
  Category,
  Checklist,
  ChecklistItem,
  Form,
  Lesson,
  Page,
  Place,
  Shelf,
  TopicSummary,
  Workflow,
  WorkflowAnswer,
  WorkflowNode,
} from './model';
export { formatProblem, type Problem, type ProblemCode } from './problem';
export { FormItem, FormScreen, LessonFrontMatter } from './schemas';
export type { SourceFile } from './source-file';
