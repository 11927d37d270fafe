import type {
  FieldLocale,
  ReportChannel,
  SentNoticeType,
  TakedownStatus,
  UrlOutcome,
} from '@cairn/contracts';

/**
 * What the composers and the outcome form say: plain strings only, as they are handed to
 * client components.
 */
export interface TakedownFormMessages {
  // The platform composer
  whereItGoes: string;
  platform: string;
  platformHint: string;
  choosePlatform: string;
  noticeKind: string;
  language: string;
  whatToRemove: string;
  urls: string;
  urlsHint: string;
  evidence: string;
  evidenceHint: string;
  explanation: string;
  explanationHint: string;
  copyrightOrDsa: string;
  copyrightedWork: string;
  complainantContact: string;
  complainantContactHint: string;
  signature: string;
  submitterName: string;
  submitterEmail: string;
  goodFaith: string;
  accuracyUnderPenalty: string;
  saveDraft: string;
  saveChanges: string;
  saving: string;
  // The letter composer
  saveLetter: string;
  letterKind: string;
  recipientAddress: string;
  warningAddressHint: string;
  recipientName: string;
  recipientNameHint: string;
  letterText: string;
  letterTextHint: string;
  letterUrls: string;
  letterUrlsHint: string;
  letterEvidenceHint: string;
  // The outcome form
  status: string;
  /** Before the current status, on the choice that keeps it. */
  keep: string;
  reference: string;
  note: string;
  eachAddress: string;
  recordOutcome: string;
  recording: string;
}

/**
 * Every sentence of the takedown pages of a case, in each language the staff pages speak:
 * a missing translation is a type error.
 */
export interface TakedownMessages {
  form: TakedownFormMessages;
  noticeTypes: Readonly<Record<SentNoticeType, string>>;
  statuses: Readonly<Record<TakedownStatus, string>>;
  urlOutcomes: Readonly<Record<UrlOutcome, string>>;
  channels: Readonly<Record<ReportChannel, string>>;
  // The list
  section: string;
  replyArrived: string;
  none: string;
  to: (what: string, whom: string) => string;
  sentAt: (when: string) => string;
  newReply: string;
  composeTitle: string;
  composeHint: string;
  letterTitle: string;
  letterHint: string;
  // One request
  allRequests: string;
  statusLabel: string;
  goesBy: string;
  writtenBy: string;
  approvedBy: string;
  sent: string;
  platformReference: string;
  recipientReference: string;
  addresses: string;
  emailExactly: string;
  formText: string;
  toLabel: string;
  replyToLabel: string;
  replyToHint: string;
  subject: string;
  cannotSendYet: string;
  changeDraft: string;
  whenRight: string;
  submit: string;
  submitting: string;
  approval: string;
  approveAndSend: string;
  approve: string;
  approving: string;
  waitingApproval: (other: string | null) => string;
  pasteTitle: string;
  openForm: string;
  pasteCopy: string;
  pasteSubmit: string;
  pasteReturn: string;
  pasteDone: string;
  mail: string;
  sentLine: string;
  replyLine: string;
  from: string;
  unknownSender: string;
  noSubject: string;
  keptAsEvidence: string;
  noReply: string;
  outcomeTitle: string;
  letterOutcomeTitle: string;
}

export const TAKEDOWN_MESSAGES: Readonly<Record<FieldLocale, TakedownMessages>> = {
  en: {
    form: {
      whereItGoes: 'Where it goes',
      platform: 'Platform or service',
      platformHint: 'From your organisation’s platform directory.',
      choosePlatform: 'Choose a platform',
      noticeKind: 'Kind of notice',
      language: 'Language of the notice',
      whatToRemove: 'What to remove',
      urls: 'Addresses (URLs) of the content',
      urlsHint: 'One per line. Each gets its own outcome.',
      evidence: 'Evidence to cite',
      evidenceHint: 'Only the items you tick are named in the notice.',
      explanation: 'Why it must be removed',
      explanationHint: 'The rule or law it breaks, and how (a DSA notice needs this).',
      copyrightOrDsa: 'For a copyright or DSA notice',
      copyrightedWork: 'The copyrighted work',
      complainantContact: 'Contact details of the complaining party',
      complainantContactHint:
        'Address, telephone and email. Give the survivor’s only if they agreed.',
      signature: 'Signature (full name)',
      submitterName: 'Name of the person submitting',
      submitterEmail: 'Email of the person submitting',
      goodFaith: 'I make the good-faith statement this notice requires',
      accuracyUnderPenalty:
        'The notice is accurate, and under penalty of perjury I am authorised to act for the owner (copyright notice)',
      saveDraft: 'Save as draft',
      saveChanges: 'Save the draft',
      saving: 'Saving…',
      saveLetter: 'Save the letter as draft',
      letterKind: 'Letter',
      recipientAddress: 'Email address to send it to',
      warningAddressHint:
        'For the warning, the other party’s address; for the cover letter, the police service’s.',
      recipientName: 'Addressed to (optional)',
      recipientNameHint: 'A police station or a name, kept in the case’s contact log.',
      letterText: 'What the letter says',
      letterTextHint:
        'Your own words, placed in the organisation’s template. Nothing of the survivor is added unless you write it here.',
      letterUrls: 'Addresses (URLs) to name (optional)',
      letterUrlsHint: 'One per line.',
      letterEvidenceHint: 'Only the items you tick are listed in the letter, each with its hash.',
      status: 'Status',
      keep: 'Keep:',
      reference: 'Their reference number',
      note: 'Note',
      eachAddress: 'Each address',
      recordOutcome: 'Record the outcome',
      recording: 'Recording…',
    },
    noticeTypes: {
      TOS_REPORT: 'Report under the platform’s rules',
      NCII_REMOVAL: 'Intimate images shared without consent',
      COPYRIGHT_DMCA: 'Copyright notice (DMCA, 17 U.S.C. 512)',
      DSA_NOTICE: 'Illegal content notice (EU DSA, Article 16)',
      SEARCH_DELISTING: 'Removal from search results',
      WARNING: 'The one warning to the other party',
      POLICE_COVER: 'Cover letter for a police report',
    },
    statuses: {
      DRAFT: 'Draft',
      AWAITING_APPROVAL: 'Awaiting approval',
      SENT: 'Sent',
      ACKNOWLEDGED: 'Acknowledged',
      REMOVED: 'Removed',
      PARTLY_REMOVED: 'Partly removed',
      REFUSED: 'Refused',
      NO_RESPONSE: 'No response',
    },
    urlOutcomes: {
      PENDING: 'Waiting',
      REMOVED: 'Removed',
      REFUSED: 'Refused',
      GONE: 'Gone before any decision',
    },
    channels: { EMAIL: 'Email', WEB_FORM: 'Web form' },
    section: 'Takedown requests and letters',
    replyArrived:
      'A platform replied to a takedown request, or someone answered a letter: open it to read the reply.',
    none: 'No takedown request or letter yet.',
    to: (what, whom) => `${what} to ${whom}`,
    sentAt: (when) => `, sent ${when}`,
    newReply: ', new reply',
    composeTitle: 'Ask a platform to remove content',
    composeHint:
      'Save a draft, check the exact notice, then submit it for approval. Nothing is sent before it is approved, and only with the survivor’s consent to share with platforms.',
    letterTitle: 'Send the warning or a police cover letter',
    letterHint:
      'The warning to the other party is sent once per case. The cover letter goes to the police only with the survivor’s consent to share with the police. Both are checked and approved like a takedown request, and replies are filed on the case.',
    allRequests: 'All takedown requests and letters of this case',
    statusLabel: 'Status',
    goesBy: 'Goes by',
    writtenBy: 'Written by',
    approvedBy: 'Approved by',
    sent: 'Sent',
    platformReference: 'Platform’s reference',
    recipientReference: 'Their reference',
    addresses: 'Addresses',
    emailExactly: 'The email, exactly as it will be sent',
    formText: 'The text for the platform’s form',
    toLabel: 'To',
    replyToLabel: 'Reply-To',
    replyToHint: '(a private address made when it is sent)',
    subject: 'Subject',
    cannotSendYet: 'The notice cannot be sent yet. It still needs:',
    changeDraft: 'Change the draft',
    whenRight: 'When the text above is right',
    submit: 'Submit for approval',
    submitting: 'Submitting…',
    approval: 'Approval',
    approveAndSend: 'Approve and send',
    approve: 'Approve',
    approving: 'Approving…',
    waitingApproval: (other) =>
      `Waiting for a supervisor or an admin to approve it${other ? `, other than ${other}` : ''}.`,
    pasteTitle: 'Send it through the platform’s form',
    openForm: 'Open the form:',
    pasteCopy: 'Copy the subject and the text above into it, and list each address.',
    pasteSubmit: 'Submit the form, and note the reference number the platform gives.',
    pasteReturn: 'Come back here and record that it was submitted.',
    pasteDone: 'I submitted it through the form',
    mail: 'Mail',
    sentLine: 'Sent',
    replyLine: 'Reply',
    from: 'from',
    unknownSender: 'unknown sender',
    noSubject: '(no subject)',
    keptAsEvidence:
      ' — kept as evidence of the case (.eml with its SHA-256). Replies to follow-ups and escalations are filed here too.',
    noReply: 'No reply yet.',
    outcomeTitle: 'Record what the platform did',
    letterOutcomeTitle: 'Record the answer',
  },
  fr: {
    form: {
      whereItGoes: 'Destinataire',
      platform: 'Plateforme ou service',
      platformHint: 'Tiré de l’annuaire des plateformes de votre organisation.',
      choosePlatform: 'Choisir une plateforme',
      noticeKind: 'Type de signalement',
      language: 'Langue du signalement',
      whatToRemove: 'Ce qu’il faut retirer',
      urls: 'Adresses (URL) des contenus',
      urlsHint: 'Une par ligne. Chacune a son propre résultat.',
      evidence: 'Preuves à citer',
      evidenceHint: 'Seuls les éléments cochés sont nommés dans le signalement.',
      explanation: 'Pourquoi il faut le retirer',
      explanationHint: 'La règle ou la loi enfreinte, et comment (un signalement DSA en a besoin).',
      copyrightOrDsa: 'Pour un signalement de droit d’auteur ou DSA',
      copyrightedWork: 'L’œuvre protégée',
      complainantContact: 'Coordonnées de la partie plaignante',
      complainantContactHint:
        'Adresse, téléphone et courriel. Celles de la personne accompagnée seulement si elle l’accepte.',
      signature: 'Signature (nom complet)',
      submitterName: 'Nom de la personne qui signale',
      submitterEmail: 'Courriel de la personne qui signale',
      goodFaith: 'Je fais la déclaration de bonne foi que ce signalement exige',
      accuracyUnderPenalty:
        'Le signalement est exact et, sous peine de parjure, je suis autorisé·e à agir pour le titulaire des droits (droit d’auteur)',
      saveDraft: 'Enregistrer le brouillon',
      saveChanges: 'Enregistrer le brouillon',
      saving: 'Enregistrement…',
      saveLetter: 'Enregistrer la lettre en brouillon',
      letterKind: 'Lettre',
      recipientAddress: 'Adresse électronique du destinataire',
      warningAddressHint:
        'Pour l’avertissement, l’adresse de l’autre partie ; pour la lettre d’accompagnement, celle du service de police.',
      recipientName: 'À l’attention de (facultatif)',
      recipientNameHint:
        'Un commissariat ou un nom, gardé dans le journal des contacts du dossier.',
      letterText: 'Ce que dit la lettre',
      letterTextHint:
        'Vos propres mots, placés dans le modèle de l’organisation. Rien de la personne accompagnée n’est ajouté si vous ne l’écrivez pas ici.',
      letterUrls: 'Adresses (URL) à citer (facultatif)',
      letterUrlsHint: 'Une par ligne.',
      letterEvidenceHint:
        'Seuls les éléments cochés sont listés dans la lettre, chacun avec son empreinte.',
      status: 'Statut',
      keep: 'Garder :',
      reference: 'Leur numéro de référence',
      note: 'Note',
      eachAddress: 'Chaque adresse',
      recordOutcome: 'Enregistrer le résultat',
      recording: 'Enregistrement…',
    },
    noticeTypes: {
      TOS_REPORT: 'Signalement selon les règles de la plateforme',
      NCII_REMOVAL: 'Images intimes partagées sans consentement',
      COPYRIGHT_DMCA: 'Notification de droit d’auteur (DMCA, 17 U.S.C. 512)',
      DSA_NOTICE: 'Notification de contenu illicite (DSA, article 16)',
      SEARCH_DELISTING: 'Déréférencement des résultats de recherche',
      WARNING: 'L’avertissement unique à l’autre partie',
      POLICE_COVER: 'Lettre d’accompagnement d’une plainte',
    },
    statuses: {
      DRAFT: 'Brouillon',
      AWAITING_APPROVAL: 'En attente d’approbation',
      SENT: 'Envoyé',
      ACKNOWLEDGED: 'Réponse reçue',
      REMOVED: 'Retiré',
      PARTLY_REMOVED: 'Retiré en partie',
      REFUSED: 'Refusé',
      NO_RESPONSE: 'Sans réponse',
    },
    urlOutcomes: {
      PENDING: 'En attente',
      REMOVED: 'Retiré',
      REFUSED: 'Refusé',
      GONE: 'Disparu avant toute décision',
    },
    channels: { EMAIL: 'Courriel', WEB_FORM: 'Formulaire en ligne' },
    section: 'Demandes de retrait et lettres',
    replyArrived:
      'Une plateforme a répondu à une demande de retrait, ou quelqu’un à une lettre : ouvrez-la pour lire la réponse.',
    none: 'Aucune demande de retrait ni lettre pour l’instant.',
    to: (what, whom) => `${what} à ${whom}`,
    sentAt: (when) => `, envoyé le ${when}`,
    newReply: ', nouvelle réponse',
    composeTitle: 'Demander à une plateforme de retirer un contenu',
    composeHint:
      'Enregistrez un brouillon, vérifiez le signalement exact, puis soumettez-le pour approbation. Rien ne part avant d’être approuvé, et seulement avec le consentement de la personne accompagnée au partage avec les plateformes.',
    letterTitle: 'Envoyer l’avertissement ou une lettre d’accompagnement à la police',
    letterHint:
      'L’avertissement à l’autre partie n’est envoyé qu’une fois par dossier. La lettre d’accompagnement ne part à la police qu’avec le consentement de la personne accompagnée au partage avec la police. Les deux sont vérifiées et approuvées comme une demande de retrait, et les réponses sont classées dans le dossier.',
    allRequests: 'Toutes les demandes de retrait et lettres du dossier',
    statusLabel: 'Statut',
    goesBy: 'Envoi par',
    writtenBy: 'Rédigé par',
    approvedBy: 'Approuvé par',
    sent: 'Envoyé',
    platformReference: 'Référence de la plateforme',
    recipientReference: 'Leur référence',
    addresses: 'Adresses',
    emailExactly: 'Le courriel, exactement tel qu’il sera envoyé',
    formText: 'Le texte pour le formulaire de la plateforme',
    toLabel: 'À',
    replyToLabel: 'Répondre à',
    replyToHint: '(une adresse privée créée à l’envoi)',
    subject: 'Objet',
    cannotSendYet: 'Le texte ne peut pas encore être envoyé. Il manque :',
    changeDraft: 'Modifier le brouillon',
    whenRight: 'Quand le texte ci-dessus est juste',
    submit: 'Soumettre pour approbation',
    submitting: 'Envoi…',
    approval: 'Approbation',
    approveAndSend: 'Approuver et envoyer',
    approve: 'Approuver',
    approving: 'Approbation…',
    waitingApproval: (other) =>
      `En attente de l’approbation d’un·e superviseur·e ou d’un·e admin${other ? `, autre que ${other}` : ''}.`,
    pasteTitle: 'L’envoyer par le formulaire de la plateforme',
    openForm: 'Ouvrir le formulaire :',
    pasteCopy: 'Copiez-y l’objet et le texte ci-dessus, et listez chaque adresse.',
    pasteSubmit: 'Envoyez le formulaire et notez le numéro de référence donné par la plateforme.',
    pasteReturn: 'Revenez ici pour enregistrer qu’il a été envoyé.',
    pasteDone: 'Je l’ai envoyé par le formulaire',
    mail: 'Courriels',
    sentLine: 'Envoyé',
    replyLine: 'Réponse',
    from: 'de',
    unknownSender: 'expéditeur inconnu',
    noSubject: '(sans objet)',
    keptAsEvidence:
      ' — gardée comme preuve du dossier (.eml avec son SHA-256). Les réponses aux relances et escalades sont classées ici aussi.',
    noReply: 'Pas encore de réponse.',
    outcomeTitle: 'Enregistrer ce qu’a fait la plateforme',
    letterOutcomeTitle: 'Enregistrer la réponse',
  },
};
