import type { NoticeLocale, NoticeType } from '@cairn/contracts';

/**
 * The templates each organisation starts with, in English and French. Admins edit their
 * own copies; these only seed them. The legal statements come from statements.ts, so that
 * a template shows them through {{goodFaithStatement}} and {{accuracyStatement}} and
 * cannot word them away.
 */

type TemplateText = { subject: string; body: string };

const URLS_EN = `{{#urls}}
- {{url}}
{{/urls}}
`;
const EVIDENCE_EN = `{{#evidence}}
- {{label}}
{{/evidence}}
{{^evidence}}
- none cited in this notice
{{/evidence}}
`;

const SIGN_OFF_EN = `
{{senderName}}
{{organizationName}}`;

const SIGN_OFF_FR = SIGN_OFF_EN;

const EN: Record<NoticeType, TemplateText> = {
  TOS_REPORT: {
    subject: 'Report of content that breaks your rules',
    body: `Hello {{platformName}} team,

We support a person targeted by the content below, which we believe breaks your terms of service and community rules. We ask you to review it and remove it.

Content:
${URLS_EN}
Why it breaks your rules:
{{explanation}}

Evidence we hold:
${EVIDENCE_EN}
Please reply to this email with your decision and any reference number.
${SIGN_OFF_EN}
`,
  },
  NCII_REMOVAL: {
    subject: 'Urgent: intimate images shared without consent',
    body: `Hello {{platformName}} team,

Intimate images of the person we support have been shared at the addresses below without their consent. Please remove them and prevent them from being uploaded again.

Content:
${URLS_EN}
What happened:
{{explanation}}

Evidence we hold:
${EVIDENCE_EN}
Please reply to this email with your decision and any reference number.
${SIGN_OFF_EN}
`,
  },
  COPYRIGHT_DMCA: {
    subject: 'Notice of copyright infringement (17 U.S.C. 512(c)(3))',
    body: `To the designated agent of {{platformName}},

This is a notice of claimed infringement under 17 U.S.C. 512(c)(3).

1. The copyrighted work:
{{copyrightedWork}}

2. The material that infringes it, and where to find it:
${URLS_EN}
3. Contact details of the complaining party:
{{complainantContact}}

4. {{goodFaithStatement}}

5. {{accuracyStatement}}

Signed: {{signature}}
Date: {{date}}
`,
  },
  DSA_NOTICE: {
    subject: 'Notice of illegal content (Regulation (EU) 2022/2065, Article 16)',
    body: `To {{platformName}},

This is a notice under Article 16 of the Digital Services Act.

(a) Why we consider this content illegal:
{{explanation}}

(b) The exact location of the content:
${URLS_EN}
(c) Submitted by: {{submitterName}} <{{submitterEmail}}>

(d) {{goodFaithStatement}}

Evidence we hold:
${EVIDENCE_EN}
Date: {{date}}
${SIGN_OFF_EN}
`,
  },
  SEARCH_DELISTING: {
    subject: 'Request to remove results from search',
    body: `Hello {{platformName}} team,

We ask you to remove the following addresses from your search results. They expose the person we support to harm.

Addresses:
${URLS_EN}
Why they should be removed:
{{explanation}}

Please reply to this email with your decision and any reference number.
${SIGN_OFF_EN}
`,
  },
  WARNING: {
    subject: 'Stop contacting this person',
    body: `This is the only warning you will receive.

{{explanation}}

Any further contact will be reported to the police.
Date: {{date}}
`,
  },
  POLICE_COVER: {
    subject: 'Report of online abuse: cover letter',
    body: `To the officer in charge,

{{organizationName}} supports the person making this report. We enclose the evidence listed below.

{{explanation}}

Evidence:
${EVIDENCE_EN}
${SIGN_OFF_EN}
`,
  },
  FOLLOW_UP: {
    subject: 'Follow-up: our report of {{sentDate}} (reference {{platformReference}})',
    body: `Hello {{platformName}} team,

We reported the content below on {{sentDate}} and have not yet had an answer. Please tell us what you have decided.

${URLS_EN}
${SIGN_OFF_EN}
`,
  },
  ESCALATION: {
    subject: 'Escalation: report of {{sentDate}} left unanswered',
    body: `Hello,

We reported the content below to {{platformName}} on {{sentDate}} (reference {{platformReference}}) and followed up without an answer. We ask you to look into it.

${URLS_EN}
${SIGN_OFF_EN}
`,
  },
};

const URLS_FR = URLS_EN;
const EVIDENCE_FR = `{{#evidence}}
- {{label}}
{{/evidence}}
{{^evidence}}
- aucune citée dans cette notification
{{/evidence}}
`;

const FR: Record<NoticeType, TemplateText> = {
  TOS_REPORT: {
    subject: 'Signalement de contenus contraires à vos règles',
    body: `Bonjour,

Nous accompagnons une personne visée par les contenus ci-dessous, qui enfreignent selon nous vos conditions d’utilisation et vos règles communautaires. Nous vous demandons de les examiner et de les retirer.

Contenus :
${URLS_FR}
Pourquoi ils enfreignent vos règles :
{{explanation}}

Preuves en notre possession :
${EVIDENCE_FR}
Merci de répondre à ce message en indiquant votre décision et votre numéro de référence.
${SIGN_OFF_FR}
`,
  },
  NCII_REMOVAL: {
    subject: 'Urgent : images intimes diffusées sans consentement',
    body: `Bonjour,

Des images intimes de la personne que nous accompagnons ont été diffusées aux adresses ci-dessous sans son consentement. Merci de les retirer et d’empêcher qu’elles soient publiées à nouveau.

Contenus :
${URLS_FR}
Ce qui s’est passé :
{{explanation}}

Preuves en notre possession :
${EVIDENCE_FR}
Merci de répondre à ce message en indiquant votre décision et votre numéro de référence.
${SIGN_OFF_FR}
`,
  },
  COPYRIGHT_DMCA: {
    subject: 'Notification de contrefaçon (17 U.S.C. 512(c)(3))',
    body: `À l’agent désigné de {{platformName}},

Ceci est une notification de contrefaçon au titre du 17 U.S.C. 512(c)(3).

1. L’œuvre protégée :
{{copyrightedWork}}

2. Les contenus contrefaisants et où les trouver :
${URLS_FR}
3. Coordonnées de la partie plaignante :
{{complainantContact}}

4. {{goodFaithStatement}}

5. {{accuracyStatement}}

Signé : {{signature}}
Date : {{date}}
`,
  },
  DSA_NOTICE: {
    subject: 'Notification de contenu illicite (règlement (UE) 2022/2065, article 16)',
    body: `À l’attention de {{platformName}},

Ceci est une notification au titre de l’article 16 du règlement sur les services numériques.

a) Pourquoi nous considérons ce contenu comme illicite :
{{explanation}}

b) L’emplacement exact du contenu :
${URLS_FR}
c) Notification envoyée par : {{submitterName}} <{{submitterEmail}}>

d) {{goodFaithStatement}}

Preuves en notre possession :
${EVIDENCE_FR}
Date : {{date}}
${SIGN_OFF_FR}
`,
  },
  SEARCH_DELISTING: {
    subject: 'Demande de déréférencement',
    body: `Bonjour,

Nous vous demandons de retirer les adresses suivantes de vos résultats de recherche. Elles exposent la personne que nous accompagnons à un préjudice.

Adresses :
${URLS_FR}
Pourquoi les retirer :
{{explanation}}

Merci de répondre à ce message en indiquant votre décision et votre numéro de référence.
${SIGN_OFF_FR}
`,
  },
  WARNING: {
    subject: 'Cessez de contacter cette personne',
    body: `Ceci est le seul avertissement que vous recevrez.

{{explanation}}

Tout nouveau contact sera signalé à la police.
Date : {{date}}
`,
  },
  POLICE_COVER: {
    subject: 'Signalement de violences en ligne : lettre d’accompagnement',
    body: `À l’attention de l’officier en charge,

{{organizationName}} accompagne la personne qui dépose ce signalement. Vous trouverez ci-dessous la liste des preuves jointes.

{{explanation}}

Preuves :
${EVIDENCE_FR}
${SIGN_OFF_FR}
`,
  },
  FOLLOW_UP: {
    subject: 'Relance : notre signalement du {{sentDate}} (référence {{platformReference}})',
    body: `Bonjour,

Nous avons signalé les contenus ci-dessous le {{sentDate}} et n’avons pas encore reçu de réponse. Merci de nous indiquer votre décision.

${URLS_FR}
${SIGN_OFF_FR}
`,
  },
  ESCALATION: {
    subject: 'Recours : signalement du {{sentDate}} resté sans réponse',
    body: `Bonjour,

Nous avons signalé les contenus ci-dessous à {{platformName}} le {{sentDate}} (référence {{platformReference}}) puis relancé, sans réponse. Nous vous demandons d’examiner ce signalement.

${URLS_FR}
${SIGN_OFF_FR}
`,
  },
};

export const DEFAULT_TEMPLATES: Record<NoticeLocale, Record<NoticeType, TemplateText>> = {
  en: EN,
  fr: FR,
};
