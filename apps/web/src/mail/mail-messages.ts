import type { FieldLocale, OutboxStatus } from '@cairn/contracts';

/**
 * Every sentence the mail pages say, in each language the staff pages speak. One table, so a
 * missing translation is a type error rather than an English word on a French page.
 */
export interface MailMessages {
  title: string;
  adminsOnly: string;
  intro: string;
  catcherLink: string;
  settingsLink: string;
  notConfigured: string;
  needsReview: (count: number) => string;
  filterLabel: string;
  all: (count: number) => string;
  none: string;
  to: (recipients: string) => string;
  queued: string;
  sent: string;
  lastAnswer: (answer: string) => string;
  /** A send cut off before its outcome was recorded. */
  interrupted: string;
  older: string;
  statuses: Readonly<Record<OutboxStatus, string>>;
  statusHelp: Readonly<Record<OutboxStatus, string>>;
  // One email
  emailTitle: string;
  allEmails: string;
  resent: string;
  resendRefused: string;
  from: string;
  toLabel: string;
  copyTo: string;
  repliesTo: string;
  queuedLabel: string;
  sentLabel: string;
  nextAttempt: string;
  attempts: string;
  lastProblem: string;
  serverAnswer: string;
  sentSha256: string;
  resentAt: string;
  sendAgain: string;
  message: string;
  // Settings
  settingsTitle: string;
  settingsAdminsOnly: string;
  backToOutbox: string;
  currentlyFrom: string;
  dkimHeading: string;
  dkimSigned: (domain: string) => string;
  dnsName: string;
  dnsValue: string;
  unsigned: string;
  save: string;
  saving: string;
  sender: string;
  fromAddress: string;
  fromAddressHint: (defaultFrom: string) => string;
  fromName: string;
  fromNameHint: string;
  dkimLegend: string;
  dkimDomain: string;
  dkimDomainHint: string;
  dkimSelector: string;
  dkimSelectorHint: string;
  privateKey: string;
  privateKeyStoredHint: string;
  privateKeyHint: string;
  stopSigning: string;
  saved: string;
  organisationGone: string;
  changeAdminsOnly: string;
  // Mail catcher
  catcherTitle: string;
  catcherIntro: string;
  noneCaught: string;
  noSubject: string;
  caughtTitle: string;
  caught: string;
  inOutbox: string;
  asQueued: string;
  headers: string;
}

export const MAIL_MESSAGES: Readonly<Record<FieldLocale, MailMessages>> = {
  en: {
    title: 'Mail',
    adminsOnly: 'Only admins can see the emails Cairn sends.',
    intro:
      'Every email Cairn sends for your organisation: invitations, takedown requests, follow-ups and escalations.',
    catcherLink: 'Mail catcher',
    settingsLink: 'Mail settings',
    notConfigured:
      'No mail server is set up, so emails wait here and nothing leaves this machine. The mail catcher shows what would have been sent.',
    needsReview: (count) =>
      count === 1
        ? '1 email needs review: its sending was interrupted and it may not have left.'
        : `${count} emails need review: their sending was interrupted and they may not have left.`,
    filterLabel: 'Filter by status',
    all: (count) => `All (${count})`,
    none: 'No email here.',
    to: (recipients) => `To ${recipients}`,
    queued: 'queued',
    sent: 'sent',
    lastAnswer: (answer) => `Last answer: ${answer}`,
    interrupted:
      'The send was cut off before Cairn could record how it ended: this email may or may not have reached the recipient. Check with them before sending it again.',
    older: 'Older emails',
    statuses: {
      QUEUED: 'Waiting to be sent',
      SENDING: 'Being sent',
      SENT: 'Sent',
      FAILED: 'Failed',
      NEEDS_REVIEW: 'Needs review',
    },
    statusHelp: {
      QUEUED: 'It will be sent shortly, or retried later if the receiving server asked to wait.',
      SENDING: 'It is being handed to the mail server now.',
      SENT: 'The receiving mail server accepted it.',
      FAILED:
        'The receiving mail server refused it. Check the address, then send it again if it is right.',
      NEEDS_REVIEW:
        'Sending was interrupted after the email may have left. Check with the recipient before sending it again, so they do not get it twice.',
    },
    emailTitle: 'Email',
    allEmails: 'All emails',
    resent:
      'The email is queued again. It keeps its Message-ID, so a recipient who did get it can tell the two apart from a new message.',
    resendRefused:
      'This email could not be sent again: only an email that failed, or one marked for review, can be.',
    from: 'From',
    toLabel: 'To',
    copyTo: 'Copy to',
    repliesTo: 'Replies go to',
    queuedLabel: 'Queued',
    sentLabel: 'Sent',
    nextAttempt: 'Next attempt',
    attempts: 'Attempts',
    lastProblem: 'Last problem',
    serverAnswer: 'Mail server’s answer',
    sentSha256: 'SHA-256 of the message sent',
    resentAt: 'Sent again by an admin',
    sendAgain: 'Send again',
    message: 'Message',
    settingsTitle: 'Mail settings',
    settingsAdminsOnly: 'Only admins can change how Cairn sends mail.',
    backToOutbox: 'Back to the outbox',
    currentlyFrom: 'Emails currently come from',
    dkimHeading: 'DKIM record to publish',
    dkimSigned: (domain) =>
      `Emails are signed for ${domain}. For platforms to check the signature, your domain's DNS must hold this TXT record:`,
    dnsName: 'Name',
    dnsValue: 'Value',
    unsigned:
      'Emails are not signed. A DKIM signature helps platforms trust that a takedown request really comes from your helpline.',
    save: 'Save mail settings',
    saving: 'Saving…',
    sender: 'Sender',
    fromAddress: 'Sending address',
    fromAddressHint: (defaultFrom) =>
      `The address emails come from. Leave it empty to use ${defaultFrom}.`,
    fromName: 'Sender name',
    fromNameHint: 'Shown beside the address, such as the name of your helpline.',
    dkimLegend: 'DKIM signature',
    dkimDomain: 'Signing domain',
    dkimDomainHint: 'The domain of your sending address, such as helpline.example.org.',
    dkimSelector: 'Selector',
    dkimSelectorHint: 'A name for this key, such as cairn2026.',
    privateKey: 'Private key',
    privateKeyStoredHint:
      'A key is stored and is never shown again. Paste a new one (PEM) only to replace it.',
    privateKeyHint:
      'The private key in PEM form (RSA of 2048 bits or more, or Ed25519). It is stored encrypted and never shown again.',
    stopSigning: 'Stop signing emails and forget the stored key',
    saved: 'Mail settings saved.',
    organisationGone: 'Your organisation could not be found. Sign in again.',
    changeAdminsOnly: 'Only admins can change how Cairn sends mail.',
    catcherTitle: 'Mail catcher',
    catcherIntro:
      'With no mail server set up, Cairn keeps here, on this machine, every email it would have sent for your organisation. Nothing shown here reached its recipient.',
    noneCaught: 'No email caught yet.',
    noSubject: '(no subject)',
    caughtTitle: 'Caught email',
    caught: 'Caught',
    inOutbox: 'In the outbox',
    asQueued: 'The email as queued',
    headers: 'Headers',
  },
  fr: {
    title: 'E-mails',
    adminsOnly: 'Seuls les admins peuvent voir les e-mails qu’envoie Cairn.',
    intro:
      'Chaque e-mail que Cairn envoie pour votre organisation : invitations, demandes de retrait, relances et escalades.',
    catcherLink: 'Collecteur d’e-mails',
    settingsLink: 'Réglages d’envoi',
    notConfigured:
      'Aucun serveur de messagerie n’est configuré : les e-mails attendent ici et rien ne quitte cette machine. Le collecteur d’e-mails montre ce qui aurait été envoyé.',
    needsReview: (count) =>
      count === 1
        ? '1 e-mail est à vérifier : son envoi a été interrompu et il n’est peut-être pas parti.'
        : `${count} e-mails sont à vérifier : leur envoi a été interrompu et ils ne sont peut-être pas partis.`,
    filterLabel: 'Filtrer par statut',
    all: (count) => `Tous (${count})`,
    none: 'Aucun e-mail ici.',
    to: (recipients) => `À ${recipients}`,
    queued: 'mis en file',
    sent: 'envoyé',
    lastAnswer: (answer) => `Dernière réponse : ${answer}`,
    interrupted:
      'L’envoi a été interrompu avant que Cairn puisse en noter l’issue : ce courriel est peut-être parvenu au destinataire, peut-être pas. Vérifiez auprès de lui avant de le renvoyer.',
    older: 'E-mails plus anciens',
    statuses: {
      QUEUED: 'En attente d’envoi',
      SENDING: 'En cours d’envoi',
      SENT: 'Envoyé',
      FAILED: 'Échec',
      NEEDS_REVIEW: 'À vérifier',
    },
    statusHelp: {
      QUEUED:
        'Il partira sous peu, ou sera retenté plus tard si le serveur destinataire a demandé d’attendre.',
      SENDING: 'Il est en train d’être remis au serveur de messagerie.',
      SENT: 'Le serveur de messagerie destinataire l’a accepté.',
      FAILED:
        'Le serveur de messagerie destinataire l’a refusé. Vérifiez l’adresse, puis renvoyez-le si elle est juste.',
      NEEDS_REVIEW:
        'L’envoi a été interrompu alors que l’e-mail était peut-être déjà parti. Renseignez-vous auprès du destinataire avant de le renvoyer, pour qu’il ne le reçoive pas deux fois.',
    },
    emailTitle: 'E-mail',
    allEmails: 'Tous les e-mails',
    resent:
      'L’e-mail est de nouveau en file d’attente. Il garde son Message-ID : un destinataire qui l’a bien reçu saura le distinguer d’un nouveau message.',
    resendRefused:
      'Cet e-mail n’a pas pu être renvoyé : seul un e-mail en échec, ou marqué à vérifier, peut l’être.',
    from: 'De',
    toLabel: 'À',
    copyTo: 'Copie à',
    repliesTo: 'Réponses à',
    queuedLabel: 'Mis en file',
    sentLabel: 'Envoyé',
    nextAttempt: 'Prochaine tentative',
    attempts: 'Tentatives',
    lastProblem: 'Dernier problème',
    serverAnswer: 'Réponse du serveur de messagerie',
    sentSha256: 'SHA-256 du message envoyé',
    resentAt: 'Renvoyé par un admin',
    sendAgain: 'Renvoyer',
    message: 'Message',
    settingsTitle: 'Réglages d’envoi',
    settingsAdminsOnly: 'Seuls les admins peuvent modifier la façon dont Cairn envoie les e-mails.',
    backToOutbox: 'Retour à la boîte d’envoi',
    currentlyFrom: 'Les e-mails partent actuellement de',
    dkimHeading: 'Enregistrement DKIM à publier',
    dkimSigned: (domain) =>
      `Les e-mails sont signés pour ${domain}. Pour que les plateformes puissent vérifier la signature, le DNS de votre domaine doit contenir cet enregistrement TXT :`,
    dnsName: 'Nom',
    dnsValue: 'Valeur',
    unsigned:
      'Les e-mails ne sont pas signés. Une signature DKIM aide les plateformes à croire qu’une demande de retrait vient bien de votre ligne d’écoute.',
    save: 'Enregistrer les réglages d’envoi',
    saving: 'Enregistrement…',
    sender: 'Expéditeur',
    fromAddress: 'Adresse d’envoi',
    fromAddressHint: (defaultFrom) =>
      `L’adresse d’où partent les e-mails. Laissez vide pour utiliser ${defaultFrom}.`,
    fromName: 'Nom de l’expéditeur',
    fromNameHint: 'Affiché à côté de l’adresse, par exemple le nom de votre ligne d’écoute.',
    dkimLegend: 'Signature DKIM',
    dkimDomain: 'Domaine de signature',
    dkimDomainHint: 'Le domaine de votre adresse d’envoi, par exemple ecoute.exemple.org.',
    dkimSelector: 'Sélecteur',
    dkimSelectorHint: 'Un nom pour cette clé, par exemple cairn2026.',
    privateKey: 'Clé privée',
    privateKeyStoredHint:
      'Une clé est enregistrée ; elle ne sera plus jamais affichée. Collez-en une nouvelle (PEM) seulement pour la remplacer.',
    privateKeyHint:
      'La clé privée au format PEM (RSA de 2048 bits ou plus, ou Ed25519). Elle est enregistrée chiffrée et ne sera plus jamais affichée.',
    stopSigning: 'Ne plus signer les e-mails et oublier la clé enregistrée',
    saved: 'Réglages d’envoi enregistrés.',
    organisationGone: 'Votre organisation est introuvable. Reconnectez-vous.',
    changeAdminsOnly: 'Seuls les admins peuvent modifier la façon dont Cairn envoie les e-mails.',
    catcherTitle: 'Collecteur d’e-mails',
    catcherIntro:
      'Tant qu’aucun serveur de messagerie n’est configuré, Cairn conserve ici, sur cette machine, chaque e-mail qu’il aurait envoyé pour votre organisation. Rien de ce qui est affiché ici n’a atteint son destinataire.',
    noneCaught: 'Aucun e-mail collecté pour l’instant.',
    noSubject: '(sans objet)',
    caughtTitle: 'E-mail collecté',
    caught: 'Collecté',
    inOutbox: 'Dans la boîte d’envoi',
    asQueued: 'L’e-mail tel qu’il a été mis en file',
    headers: 'En-têtes',
  },
};
