// Types only: the import form's client code imports this module, and a value of the
// contracts' index would put the whole package and zod in the browser (see bench/staff-js).
import type { FieldLocale } from '@cairn/contracts';

/** The stages of an import the server works on, as the import state names them. */
type Stage = 'reading' | 'checking' | 'storing';

/** What was imported, by kind, as the API counts it. */
export interface ImportedCounts {
  lessons: number;
  checklists: number;
  forms: number;
  workflows: number;
  categories: number;
  published: number;
  drafts: number;
}

/**
 * What the guide import form, its progress and its outcome say, in each language the staff
 * pages speak. Imported by the form's client code: strings and small functions only.
 */
export interface ImportMessages {
  archive: string;
  archiveHint: string;
  publishAtOnce: string;
  importButton: string;
  importing: string;
  chooseArchive: string;
  overLimit: string;
  fromItsPage: string;
  signInToImport: string;
  signInToFollow: string;
  noSuchImport: string;
  notYours: string;
  /** An import that stopped on the server and stored nothing. */
  failed: string;
  uploading: (percent: number) => string;
  processing: string;
  updatesItself: string;
  checkAgain: string;
  step: (step: number, steps: number, stage: Stage, files: number | null) => string;
  nothingImportedHeading: string;
  nothingImported: (fileName: string, problems: number) => string;
  importedHeading: string;
  imported: (fileName: string, counts: ImportedCounts) => string;
  skipped: string;
  problemsFound: (count: number) => string;
  notShown: (count: number) => string;
  // The problems of an import
  problemsLabel: string;
  kindOfProblem: string;
  all: (count: number) => string;
  file: string;
  problemsShown: (shown: number, total: number, files: number) => string;
}

const en = (count: number) => Number(count).toLocaleString('en-GB');
const fr = (count: number) => Number(count).toLocaleString('fr-FR');
const plural = (count: number, one: string, many: string, format: (n: number) => string) =>
  `${format(count)} ${count === 1 ? one : many}`;

export const IMPORT_MESSAGES: Readonly<Record<FieldLocale, ImportMessages>> = {
  en: {
    archive: 'Zipped guide',
    archiveHint:
      'A ZIP of folders such as en/online-abuse/respond/beginner/s_first-steps.md, at most 20 MiB.',
    publishAtOnce:
      'Publish at once the files with no problem (otherwise every file becomes a draft to review)',
    importButton: 'Import',
    importing: 'Importing…',
    chooseArchive: 'Choose a zipped guide to import.',
    overLimit: 'The archive is over the 20 MiB limit. Split it, or remove large files from it.',
    fromItsPage: 'Import a guide from its page in Cairn.',
    signInToImport: 'Your session has ended. Sign in again to import.',
    signInToFollow: 'Your session has ended. Sign in again to follow the import.',
    noSuchImport: 'No such import.',
    notYours: 'This import is not one of your organisation’s, or no longer exists.',
    failed: 'The import could not be finished, and stored nothing. Import the archive again.',
    uploading: (percent) => `Uploading: ${percent}%`,
    processing: 'Uploaded; reading and storing every file…',
    updatesItself: 'This page updates itself.',
    checkAgain: 'Check again now',
    step: (step, steps, stage, files) => {
      const which = files === null ? 'the files' : plural(files, 'file', 'files', en);
      const what = {
        reading: 'reading the archive',
        checking: `checking ${which} against your guide`,
        storing: `storing ${which}`,
      }[stage];
      return `Step ${step} of ${steps}: ${what}…`;
    },
    nothingImportedHeading: 'Nothing was imported',
    nothingImported: (fileName, problems) =>
      `Nothing from ${fileName} was stored: no file in it could be read as guide content. Fix the ${plural(problems, 'problem', 'problems', en)} below and import it again.`,
    importedHeading: 'Imported',
    imported: (fileName, counts) =>
      `Imported ${fileName}: ${plural(counts.lessons, 'lesson', 'lessons', en)}, ${plural(counts.checklists, 'checklist', 'checklists', en)}, ${plural(counts.forms, 'form', 'forms', en)}, ${plural(counts.workflows, 'workflow', 'workflows', en)}, ${plural(counts.categories, 'folder title file', 'folder title files', en)}. ${plural(counts.published, 'file is', 'files are', en)} published, ${plural(counts.drafts, 'file is a draft', 'files are drafts', en)} to review.`,
    skipped: 'Not stored, because they could not be read as guide content:',
    problemsFound: (count) =>
      `${plural(count, 'problem was', 'problems were', en)} found. A file with a problem of its own was kept as a draft: fix it in the editor before publishing it.`,
    notShown: (count) =>
      `${plural(count, 'more entry is', 'more entries are', en)} not shown here; import with JavaScript on to see every one.`,
    problemsLabel: 'Problems',
    kindOfProblem: 'Kind of problem',
    all: (count) => `All (${en(count)})`,
    file: 'File',
    problemsShown: (shown, total, files) =>
      shown === total
        ? `${plural(total, 'problem', 'problems', en)} in ${plural(files, 'file', 'files', en)}`
        : `${en(shown)} of ${plural(total, 'problem', 'problems', en)}, in ${plural(files, 'file', 'files', en)}`,
  },
  fr: {
    archive: 'Guide zippé',
    archiveHint:
      'Un ZIP de dossiers comme en/online-abuse/respond/beginner/s_first-steps.md, de 20 Mio au plus.',
    publishAtOnce:
      'Publier tout de suite les fichiers sans problème (sinon chaque fichier devient un brouillon à relire)',
    importButton: 'Importer',
    importing: 'Import en cours…',
    chooseArchive: 'Choisissez un guide zippé à importer.',
    overLimit:
      'L’archive dépasse la limite de 20 Mio. Découpez-la, ou retirez-en les fichiers volumineux.',
    fromItsPage: 'Importez un guide depuis sa page dans Cairn.',
    signInToImport: 'Votre session a pris fin. Reconnectez-vous pour importer.',
    signInToFollow: 'Votre session a pris fin. Reconnectez-vous pour suivre l’import.',
    noSuchImport: 'Cet import n’existe pas.',
    notYours: 'Cet import n’est pas un import de votre organisation, ou n’existe plus.',
    failed:
      'L’import n’a pas pu aller au bout, et n’a rien enregistré. Importez l’archive de nouveau.',
    uploading: (percent) => `Envoi : ${percent} %`,
    processing: 'Envoyé ; lecture et enregistrement de chaque fichier…',
    updatesItself: 'Cette page se met à jour d’elle-même.',
    checkAgain: 'Vérifier maintenant',
    step: (step, steps, stage, files) => {
      const which = files === null ? 'les fichiers' : plural(files, 'fichier', 'fichiers', fr);
      const what = {
        reading: 'lecture de l’archive',
        checking: `vérification de ${which} par rapport à votre guide`,
        storing: `enregistrement de ${which}`,
      }[stage];
      return `Étape ${step} sur ${steps} : ${what}…`;
    },
    nothingImportedHeading: 'Rien n’a été importé',
    nothingImported: (fileName, problems) =>
      `Rien de ${fileName} n’a été enregistré : aucun de ses fichiers n’a pu être lu comme du contenu du guide. Corrigez ${problems === 1 ? 'le problème ci-dessous' : `les ${fr(problems)} problèmes ci-dessous`} et importez-le de nouveau.`,
    importedHeading: 'Importé',
    imported: (fileName, counts) =>
      `${fileName} importé : ${plural(counts.lessons, 'leçon', 'leçons', fr)}, ${plural(counts.checklists, 'liste d’étapes', 'listes d’étapes', fr)}, ${plural(counts.forms, 'formulaire', 'formulaires', fr)}, ${plural(counts.workflows, 'parcours d’aide', 'parcours d’aide', fr)}, ${plural(counts.categories, 'fichier de titre de dossier', 'fichiers de titre de dossier', fr)}. ${plural(counts.published, 'fichier est publié', 'fichiers sont publiés', fr)}, ${plural(counts.drafts, 'fichier est un brouillon', 'fichiers sont des brouillons', fr)} à relire.`,
    skipped: 'Non enregistrés, car ils n’ont pas pu être lus comme du contenu du guide :',
    problemsFound: (count) =>
      `${plural(count, 'problème a été trouvé', 'problèmes ont été trouvés', fr)}. Un fichier qui a un problème à lui est resté brouillon : corrigez-le dans l’éditeur avant de le publier.`,
    notShown: (count) =>
      `${plural(count, 'autre entrée n’est pas affichée', 'autres entrées ne sont pas affichées', fr)} ici ; importez avec JavaScript activé pour les voir toutes.`,
    problemsLabel: 'Problèmes',
    kindOfProblem: 'Type de problème',
    all: (count) => `Tous (${fr(count)})`,
    file: 'Fichier',
    problemsShown: (shown, total, files) =>
      shown === total
        ? `${plural(total, 'problème', 'problèmes', fr)} dans ${plural(files, 'fichier', 'fichiers', fr)}`
        : `${fr(shown)} sur ${plural(total, 'problème', 'problèmes', fr)}, dans ${plural(files, 'fichier', 'fichiers', fr)}`,
  },
};
