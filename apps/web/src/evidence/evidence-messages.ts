import type { EvidenceKind, ExportRecipient, FieldLocale } from '@cairn/contracts';

/**
 * Every sentence the evidence pages say, in each language the staff pages speak. Kept in
 * one table so a missing translation is a type error, not an English word in a French page.
 */
export interface EvidenceMessages {
  section: string;
  intro: string;
  none: string;
  noneVisible: string;
  kinds: Readonly<Record<EvidenceKind, string>>;
  recipients: Readonly<Record<ExportRecipient, string>>;
  // The list
  listCaption: string;
  item: string;
  kind: string;
  type: string;
  size: string;
  sha256: string;
  received: string;
  marks: string;
  hiddenMark: string;
  heldMark: string;
  /** An image whose analysis (thumbnail, EXIF) the worker has yet to finish. */
  thumbnailPending: string;
  /** An email or image whose analysis failed: the file is kept, its metadata could not be read. */
  analysisFailedMark: string;
  typeMismatch: (declared: string, detected: string) => string;
  typeUnknown: string;
  declaredAs: string;
  detectedAs: string;
  thumbnailOf: (name: string) => string;
  showHidden: string;
  hideHidden: string;
  unnamed: string;
  // Upload
  uploadTitle: string;
  uploadHint: string;
  files: string;
  filesHint: string;
  incident: string;
  noIncident: string;
  capturedAt: string;
  capturedAtHint: (timeZone: string) => string;
  uploadButton: string;
  uploading: string;
  uploadWaiting: string;
  uploadSent: (percent: number) => string;
  uploadStored: (name: string) => string;
  uploadRefused: (name: string, why: string) => string;
  uploadReport: (stored: number, refused: number) => string;
  chooseFiles: string;
  tooManyFiles: (limit: number) => string;
  // Why an upload was refused
  fileEmpty: string;
  fileTooLarge: (limit: string) => string;
  fileCut: string;
  fileNotAllowed: string;
  caseGone: string;
  signInAgain: string;
  badCapturedAt: string;
  badIncident: string;
  unavailable: string;
  // Links
  linkTitle: string;
  linkHint: string;
  url: string;
  linkName: string;
  seenAt: string;
  timesIn: (timeZone: string) => string;
  archiveUrl: string;
  addLink: string;
  adding: string;
  linkAdded: string;
  archived: string;
  // Item page
  back: string;
  details: string;
  fileName: string;
  capturedAtLabel: string;
  uploadedBy: string;
  sender: string;
  attachedTo: string;
  openMessage: string;
  hashes: string;
  copy: string;
  copied: string;
  download: string;
  downloadHint: string;
  verifyTitle: string;
  verifyHint: string;
  verifyButton: string;
  verifying: string;
  verifyMatch: (hash: string, at: string) => string;
  verifyMismatch: (expected: string, actual: string) => string;
  verifyUnreadable: string;
  verifyMissing: string;
  emailTitle: string;
  headers: Readonly<Record<'from' | 'to' | 'cc' | 'date' | 'messageId' | 'subject', string>>;
  receivedChain: string;
  receivedNone: string;
  authenticity: string;
  authenticityNone: string;
  authenticityNote: (at: string, answers: number) => string;
  dkim: string;
  spf: string;
  arc: string;
  dmarc: string;
  verdict: (result: string) => string;
  notChecked: string;
  attachments: string;
  imageTitle: string;
  dimensions: string;
  exif: string;
  exifNone: string;
  location: string;
  locationHidden: string;
  showLocation: string;
  locationShown: (latitude: string, longitude: string) => string;
  altitude: (metres: string) => string;
  noLocation: string;
  similar: string;
  similarItem: (reference: string, distance: number) => string;
  analysisFailed: (why: string) => string;
  custody: string;
  custodyNone: string;
  custodyActions: Readonly<Record<string, string>>;
  system: string;
  flags: string;
  flagChanges: Readonly<Record<'HIDDEN' | 'SHOWN' | 'HOLD_SET' | 'HOLD_RELEASED', string>>;
  hiddenSince: (at: string, by: string, reason: string) => string;
  heldSince: (at: string, by: string, reason: string) => string;
  reason: string;
  hide: string;
  show: string;
  holdSet: string;
  holdLift: string;
  hideHint: string;
  holdHint: string;
  holdNotAllowed: string;
  writeNotAllowed: string;
  /** The item already is as the change would make it: someone else changed it first. */
  flagAlready: Readonly<Record<'hide' | 'show' | 'hold' | 'release', string>>;
  saving: string;
  changeDone: string;
  // Export
  exportTitle: string;
  exportIntro: string;
  exportLink: string;
  recipient: string;
  recipientHint: string;
  selection: string;
  wholeCase: string;
  someItems: string;
  itemsToInclude: string;
  passphrase: string;
  passphraseHint: string;
  overrideReason: string;
  overrideHint: string;
  overrideNotAllowed: string;
  exportButton: string;
  consentRequired: (recipient: string, consent: string) => string;
  consentNames: Readonly<Record<string, string>>;
  exportNothing: string;
  exportChooseItems: string;
  exportRoleRefused: string;
  exportBusy: string;
  progressTitle: string;
  progressStatus: Readonly<
    Record<'STREAMED' | 'QUEUED' | 'BUILDING' | 'READY' | 'FAILED' | 'EXPIRED', string>
  >;
  progressItems: (done: number, total: number) => string;
  progressRefresh: string;
  progressDownload: (size: string) => string;
  progressExpires: (at: string) => string;
  progressFailed: (why: string) => string;
}

const en: EvidenceMessages = {
  section: 'Evidence',
  intro:
    'Files, screenshots, recordings, emails and links kept for this case. Nothing here can be changed or deleted: an item can be hidden, with a reason, and shown again.',
  none: 'No evidence kept yet.',
  noneVisible: 'No evidence shown. Hidden items are left out.',
  kinds: {
    FILE: 'File',
    IMAGE: 'Image',
    AUDIO: 'Audio',
    VIDEO: 'Video',
    WEB_PAGE: 'Saved web page',
    LINK: 'Link to a post',
    EMAIL: 'Email',
  },
  recipients: {
    POLICE: 'The police',
    LAWYER: 'A lawyer',
    PLATFORM: 'A platform',
    SURVIVOR: 'The survivor',
  },
  listCaption: 'Evidence of this case, newest first',
  item: 'Item',
  kind: 'Kind',
  type: 'Type',
  size: 'Size',
  sha256: 'SHA-256',
  received: 'Received',
  marks: 'Marks',
  hiddenMark: 'Hidden',
  heldMark: 'Legal hold',
  thumbnailPending: 'Thumbnail being made',
  analysisFailedMark: 'Analysis failed',
  typeMismatch: (declared, detected) =>
    `Declared as ${declared} but its bytes read as ${detected}: it may not be what its name says.`,
  typeUnknown: 'not stated',
  declaredAs: 'Declared type',
  detectedAs: 'Type read from the bytes',
  thumbnailOf: (name) => `Thumbnail of ${name}`,
  showHidden: 'Show hidden items too',
  hideHidden: 'Leave hidden items out',
  unnamed: 'Unnamed file',
  uploadTitle: 'Add files',
  uploadHint:
    'Choose one file or several. Each is stored exactly as it is, with its SHA-256, and its type is read from its bytes.',
  files: 'Files',
  filesHint:
    'Any kind of file, several at once. Each becomes an item of its own. Large videos take a while.',
  incident: 'Incident (optional)',
  noIncident: 'None',
  capturedAt: 'Captured at (optional)',
  capturedAtHint: (timeZone) =>
    `When the survivor says the screenshot, recording or copy was made, in ${timeZone} time.`,
  uploadButton: 'Upload',
  uploading: 'Uploading…',
  uploadWaiting: 'Waiting',
  uploadSent: (percent) => `${percent}% sent`,
  uploadStored: (name) => `${name} is stored.`,
  uploadRefused: (name, why) => `${name} was not stored: ${why}`,
  uploadReport: (stored, refused) =>
    refused === 0
      ? `${stored} ${stored === 1 ? 'file' : 'files'} stored.`
      : `${stored} stored, ${refused} not stored.`,
  chooseFiles: 'Choose at least one file to upload.',
  tooManyFiles: (limit) =>
    `Only the first ${limit} files were sent. Upload the others again, in a second go.`,
  fileEmpty: 'the file is empty. Choose the file again; a copy may not have finished.',
  fileTooLarge: (limit) => `it is larger than this organisation's limit of ${limit}.`,
  fileCut: 'the upload was cut off before its end. Send it again.',
  fileNotAllowed: 'your role cannot add evidence to this case.',
  caseGone: 'this case does not exist, or you may no longer see it.',
  signInAgain: 'your session has ended. Sign in again, then send it again.',
  badCapturedAt: 'the "captured at" time is not a date and time.',
  badIncident: 'the incident chosen is not one of this case.',
  unavailable: 'Cairn could not store it right now. Try again in a moment.',
  linkTitle: 'Record a link to a post',
  linkHint:
    'Cairn keeps the address and what you say about it; it does not visit the page. Keep a screenshot too: posts get deleted.',
  url: 'Address of the post',
  linkName: 'Title (optional)',
  seenAt: 'When it was seen',
  timesIn: (timeZone) => `In ${timeZone} time.`,
  archiveUrl: 'Archived copy (optional)',
  addLink: 'Record link',
  adding: 'Recording…',
  linkAdded: 'Link recorded.',
  archived: 'Archived copy',
  back: 'All evidence of this case',
  details: 'Details',
  fileName: 'File name',
  capturedAtLabel: 'Captured at',
  uploadedBy: 'Uploaded by',
  sender: 'Sent by',
  attachedTo: 'Attached to',
  openMessage: 'the email it came with',
  hashes: 'Fingerprint',
  copy: 'Copy',
  copied: 'Copied.',
  download: 'Download the original',
  downloadHint:
    'It downloads as a file and never opens inside Cairn. Open files from unknown senders with care.',
  verifyTitle: 'Check it has not changed',
  verifyHint: 'Reads the stored file again and compares its SHA-256 with the one taken on arrival.',
  verifyButton: 'Verify',
  verifying: 'Verifying…',
  verifyMatch: (hash, at) =>
    `It matches: the stored file still has the SHA-256 ${hash} it had on arrival (checked ${at}).`,
  verifyMismatch: (expected, actual) =>
    `It does not match: the file had SHA-256 ${expected} on arrival, but reads as ${actual} now. Tell your supervisor.`,
  verifyUnreadable:
    'It does not match: the stored file could not be opened, so it was changed, cut or moved. Tell your supervisor.',
  verifyMissing: 'It does not match: the stored file is missing. Tell your supervisor.',
  emailTitle: 'Email',
  headers: {
    from: 'From',
    to: 'To',
    cc: 'Cc',
    date: 'Date',
    messageId: 'Message-ID',
    subject: 'Subject',
  },
  receivedChain: 'Received chain (the last hop first)',
  receivedNone: 'The message has no Received headers.',
  authenticity: 'Authenticity',
  authenticityNone: 'The message was not checked.',
  authenticityNote: (at, answers) =>
    `Checked on arrival, ${at}, with ${answers} DNS ${answers === 1 ? 'answer' : 'answers'} kept so the check can be replayed.`,
  dkim: 'DKIM signature',
  spf: 'SPF',
  arc: 'ARC',
  dmarc: 'DMARC',
  verdict: (result) => result,
  notChecked: 'not checked',
  attachments: 'Attachments (kept as items of their own)',
  imageTitle: 'Image',
  dimensions: 'Size in pixels',
  exif: 'What the file says about itself (EXIF)',
  exifNone: 'The file holds no camera details.',
  location: 'Location',
  locationHidden:
    'The file records where it was taken. It stays hidden until asked for; asking is written in the audit log.',
  showLocation: 'Show location',
  locationShown: (latitude, longitude) => `Latitude ${latitude}, longitude ${longitude}.`,
  altitude: (metres) => `Altitude ${metres} m.`,
  noLocation: 'The file records no location.',
  similar: 'The same picture elsewhere',
  similarItem: (reference, distance) =>
    distance === 0
      ? `The same picture, in case ${reference}`
      : `A very close picture (${distance} bits apart), in case ${reference}`,
  analysisFailed: (why) => `Part of the file could not be read: ${why}. The file itself is kept.`,
  custody: 'Custody log',
  custodyNone: 'Nothing recorded yet.',
  custodyActions: {
    'evidence.uploaded': 'Received',
    'evidence.link-added': 'Link recorded',
    'evidence.viewed': 'Viewed',
    'evidence.downloaded': 'Downloaded',
    'evidence.verified': 'Verified',
    'evidence.exported': 'Exported',
    'evidence.hidden': 'Hidden',
    'evidence.shown': 'Shown again',
    'evidence.hold-set': 'Legal hold set',
    'evidence.hold-released': 'Legal hold lifted',
    'evidence.location-revealed': 'Location shown',
    'evidence.authenticity-rechecked': 'Authenticity checked again',
    'evidence.export-downloaded': 'Bundle downloaded',
    'evidence.thumbnail-viewed': 'Thumbnail viewed',
    'evidence.analysed': 'Read on arrival (type, EXIF, headers)',
  },
  system: 'Cairn',
  flags: 'Hidden and legal hold',
  flagChanges: {
    HIDDEN: 'Hidden',
    SHOWN: 'Shown again',
    HOLD_SET: 'Legal hold set',
    HOLD_RELEASED: 'Legal hold lifted',
  },
  hiddenSince: (at, by, reason) => `Hidden ${at} by ${by}: ${reason}`,
  heldSince: (at, by, reason) => `Under legal hold since ${at}, set by ${by}: ${reason}`,
  reason: 'Reason',
  hide: 'Hide',
  show: 'Show again',
  holdSet: 'Set legal hold',
  holdLift: 'Lift legal hold',
  hideHint: 'Hiding leaves the item out of the list and of exports; it is never deleted.',
  holdHint: 'An item under legal hold is kept past every retention rule.',
  holdNotAllowed:
    'Only a supervisor or an admin can set or lift a legal hold. Ask one if this item must be kept.',
  writeNotAllowed: 'Your role can read this evidence but not change it.',
  flagAlready: {
    hide: 'This item is already hidden: someone hid it before you. Nothing was changed.',
    show: 'This item is not hidden: someone showed it again before you. Nothing was changed.',
    hold: 'This item is already under legal hold: someone set it before you. Nothing was changed.',
    release:
      'This item is not under legal hold: someone lifted it before you. Nothing was changed.',
  },
  saving: 'Saving…',
  changeDone: 'Saved.',
  exportTitle: 'Export evidence',
  exportIntro:
    'Makes one ZIP file with the originals, a SHA256SUMS file to check them, a manifest, the custody log, the incidents and a PDF report.',
  exportLink: 'Export a bundle',
  recipient: 'Who it is for',
  recipientHint:
    "The police, a lawyer and a platform each need the survivor's consent to share with them.",
  selection: 'What to include',
  wholeCase: 'Every item not hidden',
  someItems: 'Only the items ticked below',
  itemsToInclude: 'Items',
  passphrase: 'Passphrase (optional)',
  passphraseHint:
    'For a USB key: encrypts the ZIP (AES-256). At least 8 characters. Give it to the recipient another way; Cairn does not keep it.',
  overrideReason: 'Reason to go ahead without consent',
  overrideHint:
    'Only when the survivor has not consented. Supervisors and admins only; the reason is written in the audit log.',
  overrideNotAllowed:
    "Without the survivor's consent, only a supervisor or an admin can go ahead, with a reason.",
  exportButton: 'Make the bundle',
  consentRequired: (recipient, consent) =>
    `${recipient} cannot receive this evidence: the survivor's consent "${consent}" is not in force. Record the consent on the Consents page, or ask a supervisor to give a reason to go ahead without it.`,
  consentNames: {
    SHARE_WITH_POLICE: 'share with the police',
    SHARE_WITH_LAWYER: 'share with a lawyer',
    SHARE_WITH_PLATFORMS: 'share with platforms',
  },
  exportNothing: 'This case has no evidence to export.',
  exportChooseItems: 'Tick at least one item, or choose every item.',
  exportRoleRefused:
    'Your role cannot export evidence, or give a reason to go ahead without consent.',
  exportBusy: 'Other exports of your organisation are running. Try again when one has finished.',
  progressTitle: 'Bundle',
  progressStatus: {
    STREAMED: 'Downloaded when it was made.',
    QUEUED: 'Waiting to be built.',
    BUILDING: 'Being built.',
    READY: 'Ready to download.',
    FAILED: 'It could not be built.',
    EXPIRED: 'It has been deleted after its time ran out. Make a new one.',
  },
  progressItems: (done, total) => `${done} of ${total} items written.`,
  progressRefresh: 'Refresh to see its progress',
  progressDownload: (size) => `Download the bundle (${size})`,
  progressExpires: (at) => `It is deleted ${at}.`,
  progressFailed: (why) => `Why: ${why}`,
};

const fr: EvidenceMessages = {
  section: 'Preuves',
  intro:
    "Fichiers, captures d'écran, enregistrements, courriels et liens conservés pour ce dossier. Rien ici ne peut être modifié ni supprimé : un élément peut être masqué, avec un motif, puis affiché à nouveau.",
  none: 'Aucune preuve conservée pour le moment.',
  noneVisible: 'Aucune preuve affichée. Les éléments masqués sont omis.',
  kinds: {
    FILE: 'Fichier',
    IMAGE: 'Image',
    AUDIO: 'Audio',
    VIDEO: 'Vidéo',
    WEB_PAGE: 'Page web enregistrée',
    LINK: 'Lien vers une publication',
    EMAIL: 'Courriel',
  },
  recipients: {
    POLICE: 'La police',
    LAWYER: 'Un avocat',
    PLATFORM: 'Une plateforme',
    SURVIVOR: 'La victime',
  },
  listCaption: 'Preuves de ce dossier, les plus récentes en premier',
  item: 'Élément',
  kind: 'Nature',
  type: 'Type',
  size: 'Taille',
  sha256: 'SHA-256',
  received: 'Reçu',
  marks: 'Marques',
  hiddenMark: 'Masqué',
  heldMark: 'Conservation légale',
  thumbnailPending: 'Vignette en préparation',
  analysisFailedMark: "Échec de l'analyse",
  typeMismatch: (declared, detected) =>
    `Déclaré comme ${declared} mais ses octets se lisent comme ${detected} : ce n'est peut-être pas ce que son nom indique.`,
  typeUnknown: 'non indiqué',
  declaredAs: 'Type déclaré',
  detectedAs: 'Type lu dans les octets',
  thumbnailOf: (name) => `Vignette de ${name}`,
  showHidden: 'Afficher aussi les éléments masqués',
  hideHidden: 'Omettre les éléments masqués',
  unnamed: 'Fichier sans nom',
  uploadTitle: 'Ajouter des fichiers',
  uploadHint:
    'Choisissez un ou plusieurs fichiers. Chacun est conservé tel quel, avec son SHA-256, et son type est lu dans ses octets.',
  files: 'Fichiers',
  filesHint:
    'Tout type de fichier, plusieurs à la fois. Chacun devient un élément à part. Les grandes vidéos prennent du temps.',
  incident: 'Incident (facultatif)',
  noIncident: 'Aucun',
  capturedAt: 'Capturé le (facultatif)',
  capturedAtHint: (timeZone) =>
    `Quand la victime dit avoir fait la capture, l'enregistrement ou la copie, à l'heure de ${timeZone}.`,
  uploadButton: 'Envoyer',
  uploading: 'Envoi…',
  uploadWaiting: 'En attente',
  uploadSent: (percent) => `${percent} % envoyé`,
  uploadStored: (name) => `${name} est conservé.`,
  uploadRefused: (name, why) => `${name} n'a pas été conservé : ${why}`,
  uploadReport: (stored, refused) =>
    refused === 0
      ? `${stored} ${stored === 1 ? 'fichier conservé' : 'fichiers conservés'}.`
      : `${stored} conservé(s), ${refused} non conservé(s).`,
  chooseFiles: 'Choisissez au moins un fichier à envoyer.',
  tooManyFiles: (limit) =>
    `Seuls les ${limit} premiers fichiers ont été envoyés. Envoyez les autres en une seconde fois.`,
  fileEmpty:
    "le fichier est vide. Choisissez-le à nouveau ; une copie n'était peut-être pas finie.",
  fileTooLarge: (limit) => `il dépasse la limite de ${limit} de cette organisation.`,
  fileCut: "l'envoi a été interrompu avant la fin. Envoyez-le à nouveau.",
  fileNotAllowed: 'votre rôle ne permet pas d’ajouter des preuves à ce dossier.',
  caseGone: "ce dossier n'existe pas, ou vous ne pouvez plus le voir.",
  signInAgain: 'votre session a pris fin. Reconnectez-vous, puis envoyez-le à nouveau.',
  badCapturedAt: "la date de capture n'est pas une date et une heure.",
  badIncident: "l'incident choisi n'appartient pas à ce dossier.",
  unavailable: "Cairn n'a pas pu le conserver pour le moment. Réessayez dans un instant.",
  linkTitle: 'Noter un lien vers une publication',
  linkHint:
    "Cairn garde l'adresse et ce que vous en dites ; il ne visite pas la page. Gardez aussi une capture : les publications disparaissent.",
  url: 'Adresse de la publication',
  linkName: 'Titre (facultatif)',
  seenAt: 'Vue le',
  timesIn: (timeZone) => `À l'heure de ${timeZone}.`,
  archiveUrl: 'Copie archivée (facultatif)',
  addLink: 'Noter le lien',
  adding: 'Enregistrement…',
  linkAdded: 'Lien noté.',
  archived: 'Copie archivée',
  back: 'Toutes les preuves du dossier',
  details: 'Détails',
  fileName: 'Nom du fichier',
  capturedAtLabel: 'Capturé le',
  uploadedBy: 'Déposé par',
  sender: 'Envoyé par',
  attachedTo: 'Joint à',
  openMessage: 'le courriel qui le contenait',
  hashes: 'Empreinte',
  copy: 'Copier',
  copied: 'Copié.',
  download: "Télécharger l'original",
  downloadHint:
    "Il se télécharge comme fichier et ne s'ouvre jamais dans Cairn. Ouvrez avec prudence les fichiers d'expéditeurs inconnus.",
  verifyTitle: "Vérifier qu'il n'a pas changé",
  verifyHint: "Relit le fichier conservé et compare son SHA-256 avec celui calculé à l'arrivée.",
  verifyButton: 'Vérifier',
  verifying: 'Vérification…',
  verifyMatch: (hash, at) =>
    `Il correspond : le fichier conservé a toujours le SHA-256 ${hash} qu'il avait à l'arrivée (vérifié le ${at}).`,
  verifyMismatch: (expected, actual) =>
    `Il ne correspond pas : le fichier avait le SHA-256 ${expected} à l'arrivée, mais se lit maintenant comme ${actual}. Prévenez votre superviseur.`,
  verifyUnreadable:
    "Il ne correspond pas : le fichier conservé n'a pas pu être ouvert ; il a donc été modifié, tronqué ou déplacé. Prévenez votre superviseur.",
  verifyMissing:
    'Il ne correspond pas : le fichier conservé est introuvable. Prévenez votre superviseur.',
  emailTitle: 'Courriel',
  headers: {
    from: 'De',
    to: 'À',
    cc: 'Cc',
    date: 'Date',
    messageId: 'Message-ID',
    subject: 'Objet',
  },
  receivedChain: 'Chaîne Received (le dernier relais en premier)',
  receivedNone: "Le message n'a pas d'en-têtes Received.",
  authenticity: 'Authenticité',
  authenticityNone: "Le message n'a pas été vérifié.",
  authenticityNote: (at, answers) =>
    `Vérifié à l'arrivée, le ${at}, avec ${answers} ${answers === 1 ? 'réponse' : 'réponses'} DNS conservée(s) pour pouvoir rejouer la vérification.`,
  dkim: 'Signature DKIM',
  spf: 'SPF',
  arc: 'ARC',
  dmarc: 'DMARC',
  verdict: (result) => result,
  notChecked: 'non vérifié',
  attachments: 'Pièces jointes (conservées comme éléments à part)',
  imageTitle: 'Image',
  dimensions: 'Taille en pixels',
  exif: 'Ce que le fichier dit de lui-même (EXIF)',
  exifNone: "Le fichier ne contient pas d'informations d'appareil.",
  location: 'Lieu',
  locationHidden:
    "Le fichier indique où il a été pris. Le lieu reste masqué jusqu'à ce qu'on le demande ; la demande est inscrite au journal d'audit.",
  showLocation: 'Afficher le lieu',
  locationShown: (latitude, longitude) => `Latitude ${latitude}, longitude ${longitude}.`,
  altitude: (metres) => `Altitude ${metres} m.`,
  noLocation: "Le fichier n'indique pas de lieu.",
  similar: 'La même image ailleurs',
  similarItem: (reference, distance) =>
    distance === 0
      ? `La même image, dans le dossier ${reference}`
      : `Une image très proche (${distance} bits d'écart), dans le dossier ${reference}`,
  analysisFailed: (why) =>
    `Une partie du fichier n'a pas pu être lue : ${why}. Le fichier lui-même est conservé.`,
  custody: 'Chaîne de conservation',
  custodyNone: 'Rien de noté pour le moment.',
  custodyActions: {
    'evidence.uploaded': 'Reçu',
    'evidence.link-added': 'Lien noté',
    'evidence.viewed': 'Consulté',
    'evidence.downloaded': 'Téléchargé',
    'evidence.verified': 'Vérifié',
    'evidence.exported': 'Exporté',
    'evidence.hidden': 'Masqué',
    'evidence.shown': 'Affiché à nouveau',
    'evidence.hold-set': 'Conservation légale posée',
    'evidence.hold-released': 'Conservation légale levée',
    'evidence.location-revealed': 'Lieu affiché',
    'evidence.authenticity-rechecked': 'Authenticité revérifiée',
    'evidence.export-downloaded': 'Lot téléchargé',
    'evidence.thumbnail-viewed': 'Vignette consultée',
    'evidence.analysed': "Lu à l'arrivée (type, EXIF, en-têtes)",
  },
  system: 'Cairn',
  flags: 'Masquage et conservation légale',
  flagChanges: {
    HIDDEN: 'Masqué',
    SHOWN: 'Affiché à nouveau',
    HOLD_SET: 'Conservation légale posée',
    HOLD_RELEASED: 'Conservation légale levée',
  },
  hiddenSince: (at, by, reason) => `Masqué le ${at} par ${by} : ${reason}`,
  heldSince: (at, by, reason) =>
    `Sous conservation légale depuis le ${at}, posée par ${by} : ${reason}`,
  reason: 'Motif',
  hide: 'Masquer',
  show: 'Afficher à nouveau',
  holdSet: 'Poser une conservation légale',
  holdLift: 'Lever la conservation légale',
  hideHint: "Masquer retire l'élément de la liste et des exports ; il n'est jamais supprimé.",
  holdHint: 'Un élément sous conservation légale est gardé au-delà de toute règle de durée.',
  holdNotAllowed:
    'Seul un superviseur ou un administrateur peut poser ou lever une conservation légale. Demandez-le à l’un d’eux si cet élément doit être gardé.',
  writeNotAllowed: 'Votre rôle permet de lire ces preuves, pas de les modifier.',
  flagAlready: {
    hide: 'Cet élément est déjà masqué : quelqu’un l’a masqué avant vous. Rien n’a été modifié.',
    show: 'Cet élément n’est pas masqué : quelqu’un l’a réaffiché avant vous. Rien n’a été modifié.',
    hold: 'Cet élément est déjà sous conservation légale : quelqu’un l’a posée avant vous. Rien n’a été modifié.',
    release:
      'Cet élément n’est pas sous conservation légale : quelqu’un l’a levée avant vous. Rien n’a été modifié.',
  },
  saving: 'Enregistrement…',
  changeDone: 'Enregistré.',
  exportTitle: 'Exporter des preuves',
  exportIntro:
    'Crée un fichier ZIP avec les originaux, un fichier SHA256SUMS pour les vérifier, un manifeste, la chaîne de conservation, les incidents et un rapport PDF.',
  exportLink: 'Exporter un lot',
  recipient: 'Destinataire',
  recipientHint:
    'La police, un avocat et une plateforme nécessitent chacun le consentement de la victime.',
  selection: 'Contenu',
  wholeCase: 'Tous les éléments non masqués',
  someItems: 'Seulement les éléments cochés ci-dessous',
  itemsToInclude: 'Éléments',
  passphrase: 'Phrase secrète (facultatif)',
  passphraseHint:
    'Pour une clé USB : chiffre le ZIP (AES-256). Au moins 8 caractères. Transmettez-la au destinataire par un autre moyen ; Cairn ne la garde pas.',
  overrideReason: 'Motif pour passer outre le consentement',
  overrideHint:
    "Seulement si la victime n'a pas consenti. Réservé aux superviseurs et administrateurs ; le motif est inscrit au journal d'audit.",
  overrideNotAllowed:
    'Sans le consentement de la victime, seul un superviseur ou un administrateur peut poursuivre, avec un motif.',
  exportButton: 'Créer le lot',
  consentRequired: (recipient, consent) =>
    `${recipient} ne peut pas recevoir ces preuves : le consentement « ${consent} » de la victime n'est pas en vigueur. Notez-le sur la page Consentements, ou demandez à un superviseur de donner un motif pour passer outre.`,
  consentNames: {
    SHARE_WITH_POLICE: 'partager avec la police',
    SHARE_WITH_LAWYER: 'partager avec un avocat',
    SHARE_WITH_PLATFORMS: 'partager avec les plateformes',
  },
  exportNothing: "Ce dossier n'a aucune preuve à exporter.",
  exportChooseItems: 'Cochez au moins un élément, ou choisissez tous les éléments.',
  exportRoleRefused:
    'Votre rôle ne permet pas d’exporter des preuves, ni de passer outre le consentement.',
  exportBusy:
    "D'autres exports de votre organisation sont en cours. Réessayez quand l'un d'eux sera fini.",
  progressTitle: 'Lot',
  progressStatus: {
    STREAMED: 'Téléchargé au moment de sa création.',
    QUEUED: 'En attente de création.',
    BUILDING: 'En cours de création.',
    READY: 'Prêt à télécharger.',
    FAILED: "Il n'a pas pu être créé.",
    EXPIRED: 'Il a été supprimé une fois son délai écoulé. Créez-en un nouveau.',
  },
  progressItems: (done, total) => `${done} élément(s) écrit(s) sur ${total}.`,
  progressRefresh: 'Actualiser pour voir la progression',
  progressDownload: (size) => `Télécharger le lot (${size})`,
  progressExpires: (at) => `Il sera supprimé le ${at}.`,
  progressFailed: (why) => `Raison : ${why}`,
};

export const EVIDENCE_MESSAGES: Readonly<Record<FieldLocale, EvidenceMessages>> = { en, fr };
