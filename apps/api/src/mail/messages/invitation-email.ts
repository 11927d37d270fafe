/** The invitation email, in the organisation's language (English unless it is French). */
export function invitationEmail(input: {
  locale: string;
  organizationName: string;
  link: string;
  expiresAt: Date;
  timeZone: string;
}): { subject: string; text: string } {
  const french = input.locale.startsWith('fr');
  const expires = new Intl.DateTimeFormat(french ? 'fr-FR' : 'en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: input.timeZone,
  }).format(input.expiresAt);
  if (french) {
    return {
      subject: `Invitation à rejoindre ${input.organizationName} sur Cairn`,
      text: [
        'Bonjour,',
        '',
        `Vous êtes invité·e à rejoindre l’équipe de ${input.organizationName} sur Cairn.`,
        'Ouvrez ce lien pour choisir votre mot de passe :',
        '',
        input.link,
        '',
        `Le lien fonctionne une seule fois, jusqu’au ${expires}.`,
        'Si vous n’attendiez pas cette invitation, ignorez ce message.',
      ].join('\n'),
    };
  }
  return {
    subject: `Invitation to join ${input.organizationName} on Cairn`,
    text: [
      'Hello,',
      '',
      `You have been invited to join the team of ${input.organizationName} on Cairn.`,
      'Open this link to choose your password:',
      '',
      input.link,
      '',
      `The link works once, until ${expires}.`,
      'If you were not expecting this invitation, ignore this message.',
    ].join('\n'),
  };
}
