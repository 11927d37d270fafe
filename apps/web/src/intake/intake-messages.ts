import type { ContactChannel } from '@cairn/contracts';

/**
 * Every string of the survivor's intake form, receipt and follow-up pages, in each language
 * a survivor may read them. Short sentences, plain words: the reader may be frightened, on a
 * small phone, reading in a second language.
 */
export interface IntakeMessages {
  quickExit: string;
  quickExitHint: string;
  leavingLink: string;

  // The danger question
  dangerTitle: string;
  dangerQuestion: string;
  dangerHint: string;
  dangerYes: string;
  dangerNo: string;
  regionLabel: string;
  regionHint: string;
  regionElsewhere: string;
  continue: string;
  chooseDanger: string;

  // Emergency numbers
  emergencyTitle: string;
  emergencyIntro: string;
  emergencyUnknownRegion: string;
  emergencyServices: Readonly<Record<EmergencyService, string>>;
  urgentHelplines: string;
  emergencyThenForm: string;

  // A form of the guide that none of the organisation's helplines takes
  notOffered: string;
  notOfferedReach: string;
  notOfferedAllLines: string;
  /** The form was sent, but the helpline stopped taking it since the page was shown. */
  notOfferedSent: string;
  changeAnswer: string;

  // The form
  formIntro: string;
  formDangerNoted: string;
  required: string;
  optional: string;
  step: (index: number, count: number) => string;
  next: string;
  back: string;
  send: string;
  sending: string;
  uploadProgress: (percent: number) => string;
  checking: string;
  filesHint: string;
  filesAgain: string;
  consentLegend: string;
  safeContactLegend: string;
  safeContactChannels: string;
  safeContactTimes: string;
  safeContactTimesHint: string;
  safeContactDetails: string;
  safeContactDetailsHint: string;
  safeContactNever: string;
  safeContactNeverHint: string;
  channelNames: Readonly<Record<ContactChannel, string>>;
  dateHint: string;
  timeHint: string;
  honeypot: string;

  // Errors
  errorTitlePrefix: string;
  errorSummary: string;
  errorPrefix: string;
  fieldErrors: Readonly<Record<FieldProblem, string>>;
  charactersAtMost: (max: number) => string;
  formChanged: string;
  formChangedBody: string;
  formChangedAgain: string;
  tooMany: (when: string) => string;
  tooManySoon: string;
  refused: string;
  tooLarge: string;
  unavailable: string;
  notSent: string;

  // The receipt
  receiptTitle: string;
  receiptIntro: string;
  reference: string;
  followUpCode: string;
  keepSafe: string;
  shownOnce: string;
  /** A repeated submission after the helpline issued a new code: the old one no longer works. */
  codeReplaced: string;
  whatNext: string;
  whatNextBody: string;
  followUpLink: string;

  // Follow-up
  followUpTitle: string;
  followUpIntro: string;
  followUpReferenceHint: string;
  followUpCodeHint: string;
  signIn: string;
  followUpRefused: string;
  followUpLocked: (when: string) => string;
  followUpExpired: string;
  status: string;
  statuses: Readonly<Record<FollowUpStatus, string>>;
  messages: string;
  noMessages: string;
  fromHelpline: string;
  fromYou: string;
  addMessage: string;
  addMessageHint: string;
  sendMessage: string;
  messageSent: string;
  messageEmpty: string;
  addFiles: string;
  addFilesHint: string;
  sendFiles: string;
  filesReceived: (count: number) => string;
  chooseFiles: string;
  filesTerm: string;
  evidenceCount: (count: number) => string;
  endSession: string;
  endSessionHint: string;
  sessionEnded: string;
}

export type EmergencyService = 'general' | 'police' | 'medical' | 'fire' | 'text';
export type FollowUpStatus = 'RECEIVED' | 'IN_PROGRESS' | 'WAITING_FOR_YOU' | 'CLOSED';
/** What was wrong with an answer, in words a survivor can act on. */
export type FieldProblem =
  'required' | 'choose' | 'date' | 'time' | 'text' | 'tooLong' | 'file' | 'fileType' | 'other';

const en: IntakeMessages = {
  quickExit: 'Quick exit',
  quickExitHint: '(leaves this site now)',
  leavingLink: 'What quick exit can and cannot hide',

  dangerTitle: 'Before you start',
  dangerQuestion: 'Are you in immediate danger?',
  dangerHint: 'For example, someone could hurt you now, or you fear for your life.',
  dangerYes: 'Yes, I am in danger now',
  dangerNo: 'No, not right now',
  regionLabel: 'Where are you?',
  regionHint: 'So that we show the emergency numbers that work where you are.',
  regionElsewhere: 'Somewhere else',
  continue: 'Continue',
  chooseDanger: 'Say whether you are in immediate danger',

  emergencyTitle: 'Call for help now',
  emergencyIntro: 'If you can, call one of these numbers now. The call is free.',
  emergencyUnknownRegion:
    'Call the emergency number of the country you are in. From a mobile phone, 112 works in many countries.',
  emergencyServices: {
    general: 'Emergency services',
    police: 'Police',
    medical: 'Ambulance',
    fire: 'Fire service',
    text: 'By text message, if you cannot speak',
  },
  urgentHelplines: 'Helplines that take urgent cases',
  notOffered:
    'This organisation does not take this form online, so it cannot be sent from here. You can read it to prepare what to say, then reach the helpline in a way that is safe for you.',
  notOfferedReach: 'How to reach the helpline',
  notOfferedAllLines: 'Every helpline of this guide',
  notOfferedSent:
    'This organisation no longer takes this form online, so it was not sent. What you typed is still below: copy it if you want to keep it, then reach the helpline in a way that is safe for you.',
  emergencyThenForm:
    'When you are safe, you can fill in the form below. We will treat your case as urgent.',
  changeAnswer: 'Change your answer',

  formIntro:
    'Tell us what happened. Answer what you can: only the questions marked required must be answered.',
  formDangerNoted: 'You told us you are in danger now. We will treat your case as urgent.',
  required: 'required',
  optional: 'optional',
  step: (index, count) => `Step ${index} of ${count}`,
  next: 'Next',
  back: 'Back',
  send: 'Send',
  sending: 'Sending…',
  uploadProgress: (percent) => `Sending: ${percent}%`,
  checking: 'Checking this is not an automated submission…',
  filesHint: 'You can choose more than one file.',
  filesAgain: 'Your files were not kept: choose them again.',
  consentLegend: 'What you agree to',
  safeContactLegend: 'How we can contact you safely',
  safeContactChannels: 'Ways that are safe to contact you',
  safeContactTimes: 'When is it safe to contact you?',
  safeContactTimesHint: 'For example: weekdays between 9:00 and 12:00.',
  safeContactDetails: 'Safe phone number, email or other way to reach you',
  safeContactDetailsHint: 'Only give details that no one else can see.',
  safeContactNever: 'What must we never do?',
  safeContactNeverHint: 'One thing per line. For example: do not leave voice messages.',
  channelNames: {
    PHONE: 'Phone call',
    SMS: 'Text message (SMS)',
    EMAIL: 'Email',
    SIGNAL: 'Signal',
    WHATSAPP: 'WhatsApp',
    POST: 'Post',
    IN_PERSON: 'In person',
    OTHER: 'Another way',
  },
  dateHint: 'For example, 2026-03-14.',
  timeHint: 'For example, 21:30.',
  honeypot: 'Leave this empty',

  errorTitlePrefix: 'Error: ',
  errorSummary: 'There is a problem',
  errorPrefix: 'Error:',
  fieldErrors: {
    required: 'Answer this question',
    choose: 'Choose one of the answers given',
    date: 'Enter a real date, such as 2026-03-14',
    time: 'Enter a time such as 21:30',
    text: 'Remove invisible or broken characters from this answer',
    tooLong: 'Shorten this answer',
    file: 'This file cannot be sent: choose another one',
    fileType:
      'This kind of file cannot be sent. Send pictures, recordings, videos, PDF, office or text documents, saved web pages or emails',
    other: 'Check this answer',
  },
  charactersAtMost: (max) => `Shorten this answer to ${max} characters or fewer`,
  formChanged: 'The form has changed',
  formChangedBody:
    'The helpline changed this form while you were filling it in, so your answers could not be sent. Nothing was saved.',
  formChangedAgain: 'Open the new form',
  tooMany: (when) => `Too many forms have been sent from here. Try again in ${when}.`,
  tooManySoon: 'Too many forms have been sent from here. Try again in a few minutes.',
  refused: 'Your form could not be accepted. If you need help, contact the helpline another way.',
  tooLarge: 'Your files are too large to send. Send fewer or smaller files.',
  unavailable:
    'Your form could not be sent because the service is unavailable. Try again in a few minutes.',
  notSent: 'Your form was not sent',

  receiptTitle: 'Your form has been sent',
  receiptIntro: 'The helpline has received what you sent.',
  reference: 'Your case reference',
  followUpCode: 'Your follow-up code',
  keepSafe:
    'Write the reference and the code down and keep them somewhere safe, where no one else can find them. You need both to follow up on your case.',
  shownOnce: 'This is the only time the code is shown.',
  codeReplaced:
    'This form was already sent. Since then, the helpline has replaced its follow-up code, so the code is not shown here. Contact the helpline in a way that is safe for you and ask them for your new code.',
  whatNext: 'What happens next',
  whatNextBody:
    'Someone from the helpline will read what you sent. They will contact you only in the ways you said are safe. You can also check for news with your reference and code.',
  followUpLink: 'Follow up on your case',

  followUpTitle: 'Follow up on your case',
  followUpIntro:
    'Enter the case reference and the follow-up code you were given when you sent the form.',
  followUpReferenceHint: 'For example, CASE-2026-0042.',
  followUpCodeHint: 'The 16 letters and digits you were given, such as ABCD-EFGH-JKMN-PQRS.',
  signIn: 'See my case',
  followUpRefused: 'The reference or the code is not right. Check them and try again.',
  followUpLocked: (when) =>
    `Too many wrong codes were entered for this case. Try again in ${when}.`,
  followUpExpired: 'Your session has ended. Enter your reference and code again.',
  status: 'Status',
  statuses: {
    RECEIVED: 'Received: no one has started on it yet',
    IN_PROGRESS: 'In progress: someone is working on it',
    WAITING_FOR_YOU: 'Waiting for you: the helpline needs something from you',
    CLOSED: 'Closed',
  },
  messages: 'Messages',
  noMessages: 'There are no messages yet.',
  fromHelpline: 'The helpline',
  fromYou: 'You',
  addMessage: 'Send a message to the helpline',
  addMessageHint: 'The helpline will see it on your case.',
  sendMessage: 'Send message',
  messageSent: 'Your message has been sent.',
  messageEmpty: 'Write a message to send',
  addFiles: 'Add files',
  addFilesHint: 'Screenshots, photos, documents: you can choose more than one file.',
  sendFiles: 'Send files',
  filesReceived: (count) =>
    count === 1 ? 'The helpline received 1 file.' : `The helpline received ${count} files.`,
  chooseFiles: 'Choose at least one file to send',
  filesTerm: 'Files',
  evidenceCount: (count) => (count === 1 ? '1 file sent' : `${count} files sent`),
  endSession: 'End this session',
  endSessionHint: 'Do this when you have finished, so no one else can see your case here.',
  sessionEnded: 'Your session has ended.',
};

const fr: IntakeMessages = {
  quickExit: 'Sortie rapide',
  quickExitHint: '(quitte ce site tout de suite)',
  leavingLink: 'Ce que la sortie rapide peut cacher, et ce qu’elle ne peut pas',

  dangerTitle: 'Avant de commencer',
  dangerQuestion: 'Êtes-vous en danger immédiat ?',
  dangerHint:
    'Par exemple, quelqu’un pourrait vous faire du mal maintenant, ou vous craignez pour votre vie.',
  dangerYes: 'Oui, je suis en danger maintenant',
  dangerNo: 'Non, pas en ce moment',
  regionLabel: 'Où êtes-vous ?',
  regionHint: 'Pour vous montrer les numéros d’urgence qui fonctionnent là où vous êtes.',
  regionElsewhere: 'Ailleurs',
  continue: 'Continuer',
  chooseDanger: 'Dites si vous êtes en danger immédiat',

  emergencyTitle: 'Appelez à l’aide maintenant',
  emergencyIntro: 'Si vous le pouvez, appelez l’un de ces numéros maintenant. L’appel est gratuit.',
  emergencyUnknownRegion:
    'Appelez le numéro d’urgence du pays où vous êtes. Depuis un téléphone mobile, le 112 fonctionne dans de nombreux pays.',
  emergencyServices: {
    general: 'Urgences',
    police: 'Police',
    medical: 'SAMU (urgences médicales)',
    fire: 'Pompiers',
    text: 'Par SMS, si vous ne pouvez pas parler',
  },
  urgentHelplines: 'Lignes d’écoute qui prennent les cas urgents',
  notOffered:
    'Cet organisme ne reçoit pas ce formulaire en ligne : il ne peut donc pas être envoyé d’ici. Vous pouvez le lire pour préparer ce que vous voulez dire, puis contacter la ligne d’écoute par un moyen sûr pour vous.',
  notOfferedReach: 'Comment contacter la ligne d’écoute',
  notOfferedAllLines: 'Toutes les lignes d’écoute de ce guide',
  notOfferedSent:
    'Cet organisme ne reçoit plus ce formulaire en ligne : il n’a donc pas été envoyé. Ce que vous avez écrit est toujours ci-dessous : copiez-le si vous voulez le garder, puis contactez la ligne d’écoute par un moyen sûr pour vous.',
  emergencyThenForm:
    'Quand vous serez en sécurité, vous pourrez remplir le formulaire ci-dessous. Nous traiterons votre dossier en urgence.',
  changeAnswer: 'Changer votre réponse',

  formIntro:
    'Dites-nous ce qui s’est passé. Répondez à ce que vous pouvez : seules les questions marquées obligatoires doivent avoir une réponse.',
  formDangerNoted:
    'Vous nous avez dit être en danger maintenant. Nous traiterons votre dossier en urgence.',
  required: 'obligatoire',
  optional: 'facultatif',
  step: (index, count) => `Étape ${index} sur ${count}`,
  next: 'Suivant',
  back: 'Retour',
  send: 'Envoyer',
  sending: 'Envoi…',
  uploadProgress: (percent) => `Envoi : ${percent} %`,
  checking: 'Vérification que cet envoi n’est pas automatique…',
  filesHint: 'Vous pouvez choisir plusieurs fichiers.',
  filesAgain: 'Vos fichiers n’ont pas été gardés : choisissez-les à nouveau.',
  consentLegend: 'Ce que vous acceptez',
  safeContactLegend: 'Comment vous contacter sans danger',
  safeContactChannels: 'Moyens sûrs de vous contacter',
  safeContactTimes: 'Quand peut-on vous contacter sans danger ?',
  safeContactTimesHint: 'Par exemple : en semaine entre 9 h et 12 h.',
  safeContactDetails: 'Numéro, adresse e-mail ou autre moyen sûr de vous joindre',
  safeContactDetailsHint: 'Ne donnez que des coordonnées que personne d’autre ne voit.',
  safeContactNever: 'Que ne devons-nous jamais faire ?',
  safeContactNeverHint: 'Une chose par ligne. Par exemple : ne pas laisser de message vocal.',
  channelNames: {
    PHONE: 'Appel téléphonique',
    SMS: 'SMS',
    EMAIL: 'E-mail',
    SIGNAL: 'Signal',
    WHATSAPP: 'WhatsApp',
    POST: 'Courrier',
    IN_PERSON: 'En personne',
    OTHER: 'Un autre moyen',
  },
  dateHint: 'Par exemple, 2026-03-14.',
  timeHint: 'Par exemple, 21:30.',
  honeypot: 'Laissez ce champ vide',

  errorTitlePrefix: 'Erreur : ',
  errorSummary: 'Il y a un problème',
  errorPrefix: 'Erreur :',
  fieldErrors: {
    required: 'Répondez à cette question',
    choose: 'Choisissez l’une des réponses proposées',
    date: 'Saisissez une date réelle, par exemple 2026-03-14',
    time: 'Saisissez une heure, par exemple 21:30',
    text: 'Retirez les caractères invisibles ou abîmés de cette réponse',
    tooLong: 'Raccourcissez cette réponse',
    file: 'Ce fichier ne peut pas être envoyé : choisissez-en un autre',
    fileType:
      'Ce type de fichier ne peut pas être envoyé. Envoyez des images, des enregistrements, des vidéos, des PDF, des documents bureautiques ou texte, des pages web enregistrées ou des e-mails',
    other: 'Vérifiez cette réponse',
  },
  charactersAtMost: (max) => `Raccourcissez cette réponse à ${max} caractères au plus`,
  formChanged: 'Le formulaire a changé',
  formChangedBody:
    'La ligne d’écoute a modifié ce formulaire pendant que vous le remplissiez : vos réponses n’ont pas pu être envoyées. Rien n’a été enregistré.',
  formChangedAgain: 'Ouvrir le nouveau formulaire',
  tooMany: (when) => `Trop de formulaires ont été envoyés d’ici. Réessayez dans ${when}.`,
  tooManySoon: 'Trop de formulaires ont été envoyés d’ici. Réessayez dans quelques minutes.',
  refused:
    'Votre formulaire n’a pas pu être accepté. Si vous avez besoin d’aide, contactez la ligne d’écoute autrement.',
  tooLarge:
    'Vos fichiers sont trop volumineux. Envoyez moins de fichiers, ou des fichiers plus petits.',
  unavailable:
    'Votre formulaire n’a pas pu être envoyé car le service est indisponible. Réessayez dans quelques minutes.',
  notSent: 'Votre formulaire n’a pas été envoyé',

  receiptTitle: 'Votre formulaire a été envoyé',
  receiptIntro: 'La ligne d’écoute a bien reçu ce que vous avez envoyé.',
  reference: 'La référence de votre dossier',
  followUpCode: 'Votre code de suivi',
  keepSafe:
    'Notez la référence et le code, et gardez-les dans un endroit sûr, où personne d’autre ne peut les trouver. Il vous faut les deux pour suivre votre dossier.',
  shownOnce: 'Le code n’est montré qu’une seule fois.',
  codeReplaced:
    'Ce formulaire avait déjà été envoyé. Depuis, la ligne d’écoute a remplacé son code de suivi : il n’est donc pas montré ici. Contactez la ligne d’écoute par un moyen sûr pour vous et demandez-lui votre nouveau code.',
  whatNext: 'Et ensuite ?',
  whatNextBody:
    'Une personne de la ligne d’écoute lira ce que vous avez envoyé. Elle vous contactera seulement par les moyens que vous avez dits sûrs. Vous pouvez aussi voir les nouvelles avec votre référence et votre code.',
  followUpLink: 'Suivre votre dossier',

  followUpTitle: 'Suivre votre dossier',
  followUpIntro:
    'Saisissez la référence du dossier et le code de suivi reçus quand vous avez envoyé le formulaire.',
  followUpReferenceHint: 'Par exemple, CASE-2026-0042.',
  followUpCodeHint:
    'Les 16 lettres et chiffres qui vous ont été donnés, par exemple ABCD-EFGH-JKMN-PQRS.',
  signIn: 'Voir mon dossier',
  followUpRefused: 'La référence ou le code n’est pas bon. Vérifiez-les et réessayez.',
  followUpLocked: (when) =>
    `Trop de codes erronés ont été saisis pour ce dossier. Réessayez dans ${when}.`,
  followUpExpired: 'Votre session est terminée. Saisissez à nouveau votre référence et votre code.',
  status: 'État',
  statuses: {
    RECEIVED: 'Reçu : personne n’a encore commencé',
    IN_PROGRESS: 'En cours : quelqu’un s’en occupe',
    WAITING_FOR_YOU: 'En attente de vous : la ligne d’écoute a besoin de quelque chose',
    CLOSED: 'Clos',
  },
  messages: 'Messages',
  noMessages: 'Il n’y a pas encore de message.',
  fromHelpline: 'La ligne d’écoute',
  fromYou: 'Vous',
  addMessage: 'Envoyer un message à la ligne d’écoute',
  addMessageHint: 'La ligne d’écoute le verra dans votre dossier.',
  sendMessage: 'Envoyer le message',
  messageSent: 'Votre message a été envoyé.',
  messageEmpty: 'Écrivez un message à envoyer',
  addFiles: 'Ajouter des fichiers',
  addFilesHint: 'Captures d’écran, photos, documents : vous pouvez choisir plusieurs fichiers.',
  sendFiles: 'Envoyer les fichiers',
  filesReceived: (count) =>
    count === 1
      ? 'La ligne d’écoute a reçu 1 fichier.'
      : `La ligne d’écoute a reçu ${count} fichiers.`,
  chooseFiles: 'Choisissez au moins un fichier à envoyer',
  filesTerm: 'Fichiers',
  evidenceCount: (count) => (count === 1 ? '1 fichier envoyé' : `${count} fichiers envoyés`),
  endSession: 'Terminer cette session',
  endSessionHint:
    'Faites-le quand vous avez fini, pour que personne d’autre ne puisse voir votre dossier ici.',
  sessionEnded: 'Votre session est terminée.',
};

const ar: IntakeMessages = {
  quickExit: 'خروج سريع',
  quickExitHint: '(يغادر هذا الموقع فورًا)',
  leavingLink: 'ما يستطيع الخروج السريع إخفاءه وما لا يستطيع',

  dangerTitle: 'قبل أن تبدأ',
  dangerQuestion: 'هل أنت في خطر الآن؟',
  dangerHint: 'مثلًا: قد يؤذيك أحد الآن، أو تخاف على حياتك.',
  dangerYes: 'نعم، أنا في خطر الآن',
  dangerNo: 'لا، ليس الآن',
  regionLabel: 'أين أنت؟',
  regionHint: 'لنعرض لك أرقام الطوارئ التي تعمل حيث أنت.',
  regionElsewhere: 'مكان آخر',
  continue: 'متابعة',
  chooseDanger: 'قل إن كنت في خطر الآن',

  emergencyTitle: 'اطلب المساعدة الآن',
  emergencyIntro: 'إن استطعت، اتصل بأحد هذه الأرقام الآن. الاتصال مجاني.',
  emergencyUnknownRegion:
    'اتصل برقم الطوارئ في البلد الذي أنت فيه. من الهاتف المحمول، يعمل الرقم 112 في بلدان كثيرة.',
  emergencyServices: {
    general: 'الطوارئ',
    police: 'الشرطة',
    medical: 'الإسعاف',
    fire: 'الإطفاء',
    text: 'برسالة نصية، إن لم تستطع الكلام',
  },
  urgentHelplines: 'خطوط المساعدة التي تستقبل الحالات العاجلة',
  notOffered:
    'لا تستقبل هذه الجهة هذه الاستمارة عبر الإنترنت، لذلك لا يمكن إرسالها من هنا. يمكنك قراءتها لتحضير ما تريد قوله، ثم التواصل مع خط المساعدة بطريقة آمنة لك.',
  notOfferedReach: 'كيف تتواصل مع خط المساعدة',
  notOfferedAllLines: 'كل خطوط المساعدة في هذا الدليل',
  notOfferedSent:
    'لم تعد هذه الجهة تستقبل هذه الاستمارة عبر الإنترنت، لذلك لم تُرسل. ما كتبته ما زال أدناه: انسخه إن أردت الاحتفاظ به، ثم تواصل مع خط المساعدة بطريقة آمنة لك.',
  emergencyThenForm: 'عندما تكون في أمان، يمكنك ملء الاستمارة أدناه. سنعامل حالتك على أنها عاجلة.',
  changeAnswer: 'غيّر إجابتك',

  formIntro: 'أخبرنا بما حدث. أجب عمّا تستطيع: الأسئلة المعلّمة بكلمة «مطلوب» فقط يجب الإجابة عنها.',
  formDangerNoted: 'أخبرتنا أنك في خطر الآن. سنعامل حالتك على أنها عاجلة.',
  required: 'مطلوب',
  optional: 'اختياري',
  step: (index, count) => `الخطوة ${index} من ${count}`,
  next: 'التالي',
  back: 'رجوع',
  send: 'إرسال',
  sending: 'جارٍ الإرسال…',
  uploadProgress: (percent) => `جارٍ الإرسال: ${percent}%`,
  checking: 'نتحقق من أن هذا الإرسال ليس آليًا…',
  filesHint: 'يمكنك اختيار أكثر من ملف.',
  filesAgain: 'لم نحتفظ بملفاتك: اخترها مرة أخرى.',
  consentLegend: 'ما توافق عليه',
  safeContactLegend: 'كيف نتواصل معك بأمان',
  safeContactChannels: 'الطرق الآمنة للتواصل معك',
  safeContactTimes: 'متى يكون التواصل معك آمنًا؟',
  safeContactTimesHint: 'مثلًا: أيام الأسبوع بين الساعة 9:00 و12:00.',
  safeContactDetails: 'رقم هاتف أو بريد إلكتروني أو طريقة أخرى آمنة للوصول إليك',
  safeContactDetailsHint: 'لا تكتب إلا معلومات لا يراها أحد غيرك.',
  safeContactNever: 'ما الذي يجب ألّا نفعله أبدًا؟',
  safeContactNeverHint: 'أمر واحد في كل سطر. مثلًا: لا تتركوا رسالة صوتية.',
  channelNames: {
    PHONE: 'مكالمة هاتفية',
    SMS: 'رسالة نصية',
    EMAIL: 'بريد إلكتروني',
    SIGNAL: 'سيغنال',
    WHATSAPP: 'واتساب',
    POST: 'البريد',
    IN_PERSON: 'شخصيًا',
    OTHER: 'طريقة أخرى',
  },
  dateHint: 'مثلًا: 2026-03-14.',
  timeHint: 'مثلًا: 21:30.',
  honeypot: 'اترك هذا الحقل فارغًا',

  errorTitlePrefix: 'خطأ: ',
  errorSummary: 'هناك مشكلة',
  errorPrefix: 'خطأ:',
  fieldErrors: {
    required: 'أجب عن هذا السؤال',
    choose: 'اختر إحدى الإجابات المعروضة',
    date: 'اكتب تاريخًا صحيحًا، مثل 2026-03-14',
    time: 'اكتب وقتًا مثل 21:30',
    text: 'احذف الأحرف غير المرئية أو التالفة من هذه الإجابة',
    tooLong: 'اختصر هذه الإجابة',
    file: 'لا يمكن إرسال هذا الملف: اختر ملفًا آخر',
    fileType:
      'لا يمكن إرسال هذا النوع من الملفات. أرسل صورًا أو تسجيلات أو مقاطع فيديو أو ملفات PDF أو مستندات مكتبية أو نصية أو صفحات ويب محفوظة أو رسائل بريد إلكتروني',
    other: 'تحقق من هذه الإجابة',
  },
  charactersAtMost: (max) => `اختصر هذه الإجابة إلى ${max} حرفًا أو أقل`,
  formChanged: 'تغيّرت الاستمارة',
  formChangedBody:
    'غيّر خط المساعدة هذه الاستمارة بينما كنت تملؤها، لذلك لم نتمكن من إرسال إجاباتك. لم يُحفظ شيء.',
  formChangedAgain: 'افتح الاستمارة الجديدة',
  tooMany: (when) => `أُرسلت استمارات كثيرة من هنا. حاول مرة أخرى بعد ${when}.`,
  tooManySoon: 'أُرسلت استمارات كثيرة من هنا. حاول مرة أخرى بعد بضع دقائق.',
  refused: 'تعذّر قبول استمارتك. إن كنت بحاجة إلى مساعدة، تواصل مع خط المساعدة بطريقة أخرى.',
  tooLarge: 'ملفاتك كبيرة جدًا. أرسل ملفات أقل أو أصغر.',
  unavailable: 'تعذّر إرسال استمارتك لأن الخدمة غير متاحة. حاول مرة أخرى بعد بضع دقائق.',
  notSent: 'لم تُرسل استمارتك',

  receiptTitle: 'أُرسلت استمارتك',
  receiptIntro: 'وصل إلى خط المساعدة ما أرسلته.',
  reference: 'الرقم المرجعي لحالتك',
  followUpCode: 'رمز المتابعة الخاص بك',
  keepSafe:
    'اكتب الرقم المرجعي والرمز واحفظهما في مكان آمن لا يجدهما فيه أحد غيرك. تحتاج إلى الاثنين لمتابعة حالتك.',
  shownOnce: 'هذه هي المرة الوحيدة التي يظهر فيها الرمز.',
  codeReplaced:
    'أُرسلت هذه الاستمارة من قبل. ومنذ ذلك الحين استبدل خط المساعدة رمز المتابعة، لذلك لا يظهر الرمز هنا. تواصل مع خط المساعدة بطريقة آمنة لك واطلب منهم رمزك الجديد.',
  whatNext: 'ماذا يحدث بعد ذلك',
  whatNextBody:
    'سيقرأ أحد العاملين في خط المساعدة ما أرسلته. لن يتواصلوا معك إلا بالطرق التي قلت إنها آمنة. يمكنك أيضًا متابعة الأخبار برقمك المرجعي ورمزك.',
  followUpLink: 'تابع حالتك',

  followUpTitle: 'تابع حالتك',
  followUpIntro: 'اكتب الرقم المرجعي للحالة ورمز المتابعة اللذين حصلت عليهما عند إرسال الاستمارة.',
  followUpReferenceHint: 'مثلًا: CASE-2026-0042.',
  followUpCodeHint: 'الأحرف والأرقام الستة عشر التي حصلت عليها، مثل ABCD-EFGH-JKMN-PQRS.',
  signIn: 'اعرض حالتي',
  followUpRefused: 'الرقم المرجعي أو الرمز غير صحيح. تحقق منهما وحاول مرة أخرى.',
  followUpLocked: (when) => `أُدخلت رموز خاطئة كثيرة لهذه الحالة. حاول مرة أخرى بعد ${when}.`,
  followUpExpired: 'انتهت جلستك. اكتب رقمك المرجعي ورمزك مرة أخرى.',
  status: 'الحالة',
  statuses: {
    RECEIVED: 'وصلت: لم يبدأ أحد العمل عليها بعد',
    IN_PROGRESS: 'قيد العمل: يعمل عليها أحد العاملين',
    WAITING_FOR_YOU: 'بانتظارك: يحتاج خط المساعدة إلى شيء منك',
    CLOSED: 'مغلقة',
  },
  messages: 'الرسائل',
  noMessages: 'لا توجد رسائل بعد.',
  fromHelpline: 'خط المساعدة',
  fromYou: 'أنت',
  addMessage: 'أرسل رسالة إلى خط المساعدة',
  addMessageHint: 'سيراها خط المساعدة في حالتك.',
  sendMessage: 'أرسل الرسالة',
  messageSent: 'أُرسلت رسالتك.',
  messageEmpty: 'اكتب رسالة لإرسالها',
  addFiles: 'أضف ملفات',
  addFilesHint: 'لقطات شاشة، صور، مستندات: يمكنك اختيار أكثر من ملف.',
  sendFiles: 'أرسل الملفات',
  filesReceived: (count) =>
    count === 1 ? 'وصل إلى خط المساعدة ملف واحد.' : `وصل إلى خط المساعدة ${count} ملفات.`,
  chooseFiles: 'اختر ملفًا واحدًا على الأقل لإرساله',
  filesTerm: 'الملفات',
  evidenceCount: (count) => (count === 1 ? 'أُرسل ملف واحد' : `أُرسلت ${count} ملفات`),
  endSession: 'أنهِ هذه الجلسة',
  endSessionHint: 'افعل ذلك عندما تنتهي، حتى لا يرى أحد غيرك حالتك هنا.',
  sessionEnded: 'انتهت جلستك.',
};

const MESSAGES: Readonly<Record<string, IntakeMessages>> = { en, fr, ar };

/** The intake pages' strings in a locale, or English for a language they are not written in. */
export function intakeMessagesFor(locale: string): IntakeMessages {
  return MESSAGES[locale] ?? MESSAGES[locale.split('-')[0] ?? ''] ?? en;
}

export const INTAKE_LOCALES = Object.keys(MESSAGES);
