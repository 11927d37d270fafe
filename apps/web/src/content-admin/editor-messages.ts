// Types only: the editor's client code imports this module, and a value of the contracts'
// index would put the whole package and zod in the browser.
import type { FieldLocale } from '@cairn/contracts';

/**
 * What the editor of one guide file says around the file's own text (which stays in its own
 * language): its facts, buttons, checks, history and the outcome of each button, in each
 * language the staff pages speak.
 */
export interface EditorMessages {
  title: string;
  // Facts
  file: string;
  kind: string;
  text: string;
  published: string;
  publishedRevision: (revision: number, when: string, who: string) => string;
  sharedText: string;
  notPublished: string;
  draft: string;
  draftSaved: (when: string, who: string) => string;
  none: string;
  readers: string;
  viewPublished: string;
  // The page
  rolledBack: (from: string, revision: number) => string;
  editVisually: string;
  editVisuallyRest: string;
  sharedNotice: string;
  sharedTextSummary: string;
  history: string;
  // One revision
  revisionOf: (revision: number, title: string) => string;
  backToFile: string;
  publishedBy: (when: string, who: string) => string;
  note: (note: string) => string;
  readersSeeNow: string;
  revisionWithdrew: string;
  rollbackHeading: string;
  rollbackExplain: string;
  rollBackTo: (revision: number) => string;
  // History
  nothingPublished: string;
  revision: (revision: number) => string;
  currentRevision: string;
  by: (when: string, who: string) => string;
  withdrew: string;
  historyNote: (note: string) => string;
  rolledBackTo: (revision: number) => string;
  viewRevision: (revision: number) => string;
  // The editor
  preview: string;
  problems: (count: number) => string;
  noProblems: string;
  checkUnavailable: string;
  checking: string;
  /** Followed by the form of a link to a lesson, umbrella://category/topic/level. */
  markdownHint: string;
  yamlHint: string;
  check: string;
  saveDraft: string;
  checkNow: string;
  noteLabel: string;
  noteHint: string;
  publish: string;
  discardQuestion: string;
  discardDraft: string;
  revertQuestion: string;
  unpublishQuestion: string;
  revert: string;
  unpublish: string;
  // Outcomes of a press
  nothingDone: string;
  discarded: string;
  withdrawnShared: string;
  withdrawn: string;
  saved: string;
  notPublishedFix: string;
  publishedAs: (revision: number) => string;
  publishedDone: string;
  noLongerFits: (revision: number) => string;
}

export const EDITOR_MESSAGES: Readonly<Record<FieldLocale, EditorMessages>> = {
  en: {
    title: 'Edit a guide file',
    file: 'File',
    kind: 'Kind',
    text: 'Text',
    published: 'Published',
    publishedRevision: (revision, when, who) => `Revision ${revision}, ${when} by ${who}`,
    sharedText: 'The shared text',
    notPublished: 'Not published',
    draft: 'Draft',
    draftSaved: (when, who) => `Saved ${when} by ${who}`,
    none: 'None',
    readers: 'Readers',
    viewPublished: 'View the published page on your guide',
    rolledBack: (from, revision) =>
      `Rolled back: revision ${from} is published again, as revision ${revision}.`,
    editVisually: 'Edit this form visually',
    editVisuallyRest: ': its screens and questions, every language side by side.',
    sharedNotice:
      "This is the shared guide's text. Saving or publishing a change makes your organisation's own version, which readers of your guide see instead.",
    sharedTextSummary: "The shared guide's text",
    history: 'History',
    revisionOf: (revision, title) => `Revision ${revision} of ${title}`,
    backToFile: 'Back to the file',
    publishedBy: (when, who) => `Published ${when} by ${who}`,
    note: (note) => `. Note: ${note}`,
    readersSeeNow: '. Readers see this revision now.',
    revisionWithdrew: 'This revision withdrew your text.',
    rollbackHeading: 'Roll back to this revision',
    rollbackExplain:
      "Readers will see this revision's text again. It is published as a new revision, so the history keeps everything.",
    rollBackTo: (revision) => `Roll back to revision ${revision}`,
    nothingPublished: 'Your organisation has published nothing for this file yet.',
    revision: (revision) => `Revision ${revision}`,
    currentRevision: ' (published)',
    by: (when, who) => `${when} by ${who}`,
    withdrew: 'Withdrew your text.',
    historyNote: (note) => `Note: ${note}`,
    rolledBackTo: (revision) => `Rolled back to revision ${revision}.`,
    viewRevision: (revision) => `View revision ${revision}`,
    preview: 'Preview',
    problems: (count) => (count === 1 ? '1 problem:' : `${count} problems:`),
    noProblems: 'No problems found.',
    checkUnavailable: 'The check is not available right now; publishing checks again.',
    checking: 'Checking…',
    markdownHint: 'Markdown, after front matter with index and title. Link to other lessons as',
    yamlHint: 'YAML in the format of the guide.',
    check: 'Check',
    saveDraft: 'Save draft',
    checkNow: 'Check now',
    noteLabel: 'Note for the history (optional)',
    noteHint: 'Up to 500 characters.',
    publish: 'Publish',
    discardQuestion: 'Throw this draft away? Readers keep seeing what is published.',
    discardDraft: 'Discard draft',
    revertQuestion: 'Stop publishing your text, so readers see the shared text again?',
    unpublishQuestion: 'Stop publishing this file, so readers no longer see it?',
    revert: 'Revert to shared text',
    unpublish: 'Stop publishing',
    nothingDone: 'That button did nothing.',
    discarded: 'Draft discarded.',
    withdrawnShared: 'Your text is withdrawn: readers see the shared text.',
    withdrawn: 'Withdrawn: readers no longer see this file.',
    saved: 'Draft saved. Readers see nothing of it until you publish.',
    notPublishedFix: 'Not published: fix the problems below. Your text is kept as a draft.',
    publishedAs: (revision) => `Published as revision ${revision}.`,
    publishedDone: 'Published.',
    noLongerFits: (revision) =>
      `Revision ${revision} no longer fits the guide: fix the problems below in the editor.`,
  },
  fr: {
    title: 'Modifier un fichier du guide',
    file: 'Fichier',
    kind: 'Type',
    text: 'Texte',
    published: 'Publié',
    publishedRevision: (revision, when, who) => `Version ${revision}, le ${when} par ${who}`,
    sharedText: 'Le texte commun',
    notPublished: 'Non publié',
    draft: 'Brouillon',
    draftSaved: (when, who) => `Enregistré le ${when} par ${who}`,
    none: 'Aucun',
    readers: 'Lecteurs et lectrices',
    viewPublished: 'Voir la page publiée de votre guide',
    rolledBack: (from, revision) =>
      `Version rétablie : la version ${from} est de nouveau publiée, comme version ${revision}.`,
    editVisually: 'Modifier ce formulaire visuellement',
    editVisuallyRest: ' : ses écrans et ses questions, toutes les langues côte à côte.',
    sharedNotice:
      'Ceci est le texte du guide commun. Enregistrer ou publier une modification crée la version propre à votre organisation, que les lecteurs et lectrices de votre guide voient à la place.',
    sharedTextSummary: 'Le texte du guide commun',
    history: 'Historique',
    revisionOf: (revision, title) => `Version ${revision} de ${title}`,
    backToFile: 'Retour au fichier',
    publishedBy: (when, who) => `Publiée le ${when} par ${who}`,
    note: (note) => `. Note : ${note}`,
    readersSeeNow: '. C’est la version que voient les lecteurs et lectrices.',
    revisionWithdrew: 'Cette version a retiré votre texte.',
    rollbackHeading: 'Rétablir cette version',
    rollbackExplain:
      'Les lecteurs et lectrices verront de nouveau le texte de cette version. Elle est publiée comme nouvelle version : l’historique garde tout.',
    rollBackTo: (revision) => `Rétablir la version ${revision}`,
    nothingPublished: 'Votre organisation n’a encore rien publié pour ce fichier.',
    revision: (revision) => `Version ${revision}`,
    currentRevision: ' (publiée)',
    by: (when, who) => `le ${when} par ${who}`,
    withdrew: 'A retiré votre texte.',
    historyNote: (note) => `Note : ${note}`,
    rolledBackTo: (revision) => `A rétabli la version ${revision}.`,
    viewRevision: (revision) => `Voir la version ${revision}`,
    preview: 'Aperçu',
    problems: (count) => (count === 1 ? '1 problème :' : `${count} problèmes :`),
    noProblems: 'Aucun problème trouvé.',
    checkUnavailable:
      'La vérification n’est pas disponible pour le moment ; la publication vérifie de nouveau.',
    checking: 'Vérification…',
    markdownHint:
      'Du Markdown, après un en-tête avec index et titre (index, title). Liez d’autres leçons sous la forme',
    yamlHint: 'Du YAML au format du guide.',
    check: 'Vérification',
    saveDraft: 'Enregistrer le brouillon',
    checkNow: 'Vérifier maintenant',
    noteLabel: 'Note pour l’historique (facultative)',
    noteHint: '500 caractères au plus.',
    publish: 'Publier',
    discardQuestion:
      'Jeter ce brouillon ? Les lecteurs et lectrices continuent de voir ce qui est publié.',
    discardDraft: 'Jeter le brouillon',
    revertQuestion:
      'Cesser de publier votre texte, pour que les lecteurs et lectrices voient de nouveau le texte commun ?',
    unpublishQuestion:
      'Cesser de publier ce fichier, pour que les lecteurs et lectrices ne le voient plus ?',
    revert: 'Revenir au texte commun',
    unpublish: 'Cesser de publier',
    nothingDone: 'Ce bouton n’a rien fait.',
    discarded: 'Brouillon jeté.',
    withdrawnShared: 'Votre texte est retiré : les lecteurs et lectrices voient le texte commun.',
    withdrawn: 'Retiré : les lecteurs et lectrices ne voient plus ce fichier.',
    saved:
      'Brouillon enregistré. Les lecteurs et lectrices n’en voient rien tant que vous ne publiez pas.',
    notPublishedFix:
      'Non publié : corrigez les problèmes ci-dessous. Votre texte est gardé comme brouillon.',
    publishedAs: (revision) => `Publié comme version ${revision}.`,
    publishedDone: 'Publié.',
    noLongerFits: (revision) =>
      `La version ${revision} ne convient plus au guide : corrigez les problèmes ci-dessous dans l’éditeur.`,
  },
};
