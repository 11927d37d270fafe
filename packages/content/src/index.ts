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
export {
  answerableItems,
  consentsOf,
  fileItems,
  formAnswersSchema,
  isCalendarDate,
  safeContactOf,
  NEVER_LINE_MAX,
  NEVER_LINES_MAX,
  SAFE_DETAILS_MAX,
  SAFE_TIMES_MAX,
  TEXT_AREA_MAX,
  TEXT_INPUT_MAX,
  type AnswerableItem,
  type FileItem,
  type FormAnswers,
  type SafeContactAnswer,
} from './form-answers';
export { formVersion } from './form-version';
export { formSource, type FormSourceInput } from './form-source';
export { formFromSource } from './parse-form';
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
export {
  CASE_ROLE_TYPES,
  CASE_ROLES,
  FORM_ITEM_TYPES,
  FormFile,
  FormItem,
  FormScreen,
  LessonFrontMatter,
  type CaseRole,
  type FormItemType,
} from './schemas';
export type { SourceFile } from './source-file';
