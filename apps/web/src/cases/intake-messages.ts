import type { ContactChannel, FieldLocale } from '@cairn/contracts';

/**
 * What the staff pages say about a case a survivor sent through an intake form, in each
 * language the staff pages speak. One table, so a missing translation is a type error.
 */
export interface IntakeMessages {
  // Where the case came from
  sourceIntake: string;
  sourceIntakeHint: string;
  notVerified: string;
  notVerifiedHint: string;
  dangerMark: string;
  // The safe-contact banner on every page of a case
  safeContact: (name: string) => string;
  pseudonym: string;
  never: string;
  channels: string;
  channelNames: Readonly<Record<ContactChannel, string>>;
  noChannel: string;
  safeTimes: string;
  notGiven: string;
  contactDetails: string;
  language: string;
  // The Intake section
  intakeTab: string;
  intakeTitle: string;
  intakeIntro: string;
  form: string;
  formLanguage: string;
  submittedAt: string;
  verifiedLabel: string;
  verifiedYes: string;
  verifiedNo: string;
  dangerLabel: string;
  dangerYes: string;
  dangerNo: string;
  answersTitle: string;
  notAnswered: string;
  filesTitle: string;
  filesNone: string;
  file: (index: number) => string;
  // A new follow-up code
  codeTitle: string;
  codeIntro: string;
  codeButton: string;
  codePending: string;
  codeShown: string;
  codeAdvice: string;
  codeOnce: string;
  codeRefused: string;
  // Messages with the survivor
  messagesTab: string;
  messagesTitle: string;
  messagesIntro: string;
  messagesNone: string;
  fromSurvivor: string;
  fromHelpline: (name: string | undefined) => string;
  shareTitle: string;
  shareHint: string;
  shareLabel: string;
  shareButton: string;
  sharePending: string;
  shared: string;
  // Refusals
  signInAgain: string;
  caseGone: string;
  roleRefused: string;
  unavailable: string;
  timesIn: (timeZone: string) => string;
}

const en: IntakeMessages = {
  sourceIntake: 'Intake form',
  sourceIntakeHint: 'Sent by the survivor through the intake form',
  notVerified: 'Not verified',
  notVerifiedHint:
    'Sent without the anti-spam check (the browser ran no JavaScript): read it before acting on it.',
  dangerMark: 'Said to be in danger',
  safeContact: (name) => `Safe contact: ${name}`,
  pseudonym: 'Pseudonym',
  never: 'Never:',
  channels: 'Channels',
  channelNames: {
    PHONE: 'Phone call',
    SMS: 'SMS',
    EMAIL: 'Email',
    SIGNAL: 'Signal',
    WHATSAPP: 'WhatsApp',
    POST: 'Post',
    IN_PERSON: 'In person',
    OTHER: 'Other',
  },
  noChannel: 'None given: ask before any contact',
  safeTimes: 'Safe times',
  notGiven: 'Not given',
  contactDetails: 'Contact details',
  language: 'Language',
  intakeTab: 'Intake',
  intakeTitle: 'What the survivor sent',
  intakeIntro: 'The answers as the survivor saw the form, with its questions.',
  form: 'Form',
  formLanguage: 'Language',
  submittedAt: 'Sent',
  verifiedLabel: 'Anti-spam check',
  verifiedYes: 'Passed',
  verifiedNo: 'Not done: the browser ran no JavaScript',
  dangerLabel: 'In immediate danger',
  dangerYes: 'Yes: the emergency contacts were shown first',
  dangerNo: 'No',
  answersTitle: 'Answers',
  notAnswered: 'Not answered',
  filesTitle: 'Files sent with the form',
  filesNone: 'No file was sent with the form.',
  file: (index) => `File ${index}`,
  codeTitle: 'Give the survivor a new follow-up code',
  codeIntro:
    'For a survivor who lost their code or is locked out after wrong tries. The old code stops working at once, and the lock is lifted.',
  codeButton: 'Make a new code',
  codePending: 'Making…',
  codeShown: 'New follow-up code:',
  codeAdvice:
    'Pass it on only through a channel the safe-contact rules above allow, and say to keep it where nobody else looks. With it and the case reference, anyone can read the messages shared on this case.',
  codeOnce: 'It is shown this once: Cairn keeps only a trace of it that cannot be read back.',
  codeRefused: 'No new code was made.',
  messagesTab: 'Messages',
  messagesTitle: 'Messages with the survivor',
  messagesIntro:
    'The survivor reads these on their follow-up page, with the case reference and their code, and can answer there.',
  messagesNone: 'No message yet.',
  fromSurvivor: 'Survivor',
  fromHelpline: (name) => (name ? `${name}, for the helpline` : 'The helpline'),
  shareTitle: 'Share a message with the survivor',
  shareHint:
    'The survivor sees exactly this text. Keep to what is safe for someone else to read over their shoulder.',
  shareLabel: 'Message',
  shareButton: 'Share with the survivor',
  sharePending: 'Sharing…',
  shared: 'Message shared. The survivor sees it on their follow-up page.',
  signInAgain: 'Your session has ended: sign in again.',
  caseGone: 'This case does not exist, or you may no longer see it.',
  roleRefused: 'Your role cannot do this.',
  unavailable: 'Cairn could not do this just now. Nothing was changed: try again in a moment.',
  timesIn: (timeZone) => `Times in ${timeZone}.`,
};

const fr: IntakeMessages = {
  sourceIntake: "Formulaire d'accueil",
  sourceIntakeHint: "Envoyé par la victime avec le formulaire d'accueil",
  notVerified: 'Non vérifié',
  notVerifiedHint:
    "Envoyé sans la vérification anti-spam (le navigateur n'exécutait pas JavaScript) : lisez-le avant d'agir.",
  dangerMark: 'Se dit en danger',
  safeContact: (name) => `Contact sans danger : ${name}`,
  pseudonym: 'Pseudonyme',
  never: 'Jamais :',
  channels: 'Moyens',
  channelNames: {
    PHONE: 'Appel téléphonique',
    SMS: 'SMS',
    EMAIL: 'E-mail',
    SIGNAL: 'Signal',
    WHATSAPP: 'WhatsApp',
    POST: 'Courrier',
    IN_PERSON: 'En personne',
    OTHER: 'Autre',
  },
  noChannel: 'Aucun indiqué : demandez avant tout contact',
  safeTimes: 'Moments sans danger',
  notGiven: 'Non indiqué',
  contactDetails: 'Coordonnées',
  language: 'Langue',
  intakeTab: 'Accueil',
  intakeTitle: 'Ce que la victime a envoyé',
  intakeIntro: 'Les réponses telles que la victime a vu le formulaire, avec ses questions.',
  form: 'Formulaire',
  formLanguage: 'Langue',
  submittedAt: 'Envoyé',
  verifiedLabel: 'Vérification anti-spam',
  verifiedYes: 'Réussie',
  verifiedNo: "Non faite : le navigateur n'exécutait pas JavaScript",
  dangerLabel: 'En danger immédiat',
  dangerYes: "Oui : les contacts d'urgence ont été montrés d'abord",
  dangerNo: 'Non',
  answersTitle: 'Réponses',
  notAnswered: 'Sans réponse',
  filesTitle: 'Fichiers envoyés avec le formulaire',
  filesNone: "Aucun fichier n'a été envoyé avec le formulaire.",
  file: (index) => `Fichier ${index}`,
  codeTitle: 'Donner un nouveau code de suivi à la victime',
  codeIntro:
    "Pour une victime qui a perdu son code ou qui est bloquée après des essais erronés. L'ancien code cesse aussitôt de fonctionner et le blocage est levé.",
  codeButton: 'Créer un nouveau code',
  codePending: 'Création…',
  codeShown: 'Nouveau code de suivi :',
  codeAdvice:
    "Transmettez-le uniquement par un moyen que les règles de contact ci-dessus permettent, et conseillez de le garder là où personne d'autre ne regarde. Avec ce code et la référence du dossier, on peut lire les messages partagés sur ce dossier.",
  codeOnce:
    "Il n'est montré qu'une fois : Cairn n'en garde qu'une trace qui ne permet pas de le relire.",
  codeRefused: "Aucun nouveau code n'a été créé.",
  messagesTab: 'Messages',
  messagesTitle: 'Messages avec la victime',
  messagesIntro:
    'La victime les lit sur sa page de suivi, avec la référence du dossier et son code, et peut y répondre.',
  messagesNone: 'Aucun message pour le moment.',
  fromSurvivor: 'Victime',
  fromHelpline: (name) => (name ? `${name}, pour la ligne d'écoute` : "La ligne d'écoute"),
  shareTitle: 'Partager un message avec la victime',
  shareHint:
    "La victime voit exactement ce texte. Tenez-vous-en à ce qu'une autre personne pourrait lire par-dessus son épaule sans danger.",
  shareLabel: 'Message',
  shareButton: 'Partager avec la victime',
  sharePending: 'Partage…',
  shared: 'Message partagé. La victime le voit sur sa page de suivi.',
  signInAgain: 'Votre session a pris fin : reconnectez-vous.',
  caseGone: "Ce dossier n'existe pas, ou vous ne pouvez plus le voir.",
  roleRefused: 'Votre rôle ne permet pas de faire cela.',
  unavailable:
    "Cairn n'a pas pu le faire pour le moment. Rien n'a été changé : réessayez dans un instant.",
  timesIn: (timeZone) => `Heures de ${timeZone}.`,
};

export const INTAKE_MESSAGES: Readonly<Record<FieldLocale, IntakeMessages>> = { en, fr };
