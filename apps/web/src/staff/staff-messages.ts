import type { FieldLocale, InviteView } from '@cairn/contracts';

/**
 * Every sentence the staff page, its tables and its invite form say, in each language the
 * staff pages speak. One table, so a missing translation is a type error.
 */
export interface StaffMessages {
  cannotSee: string;
  members: string;
  name: string;
  email: string;
  role: string;
  joined: string;
  inviteHeading: string;
  invitationsHeading: string;
  // Invite form
  emailed: (email: string) => string;
  created: (email: string) => string;
  inviteLink: string;
  invite: string;
  inviting: string;
  // Invitations
  noInvitations: string;
  status: string;
  expires: string;
  actions: string;
  statuses: Readonly<Record<InviteView['status'], string>>;
  revoke: string;
  revokeLabel: (email: string) => string;
  // Refusals
  alreadyMember: string;
  cannotInvite: string;
}

export const STAFF_MESSAGES: Readonly<Record<FieldLocale, StaffMessages>> = {
  en: {
    cannotSee: 'Your role cannot see the staff list.',
    members: 'Members',
    name: 'Name',
    email: 'Email',
    role: 'Role',
    joined: 'Joined',
    inviteHeading: 'Invite a colleague',
    invitationsHeading: 'Invitations',
    emailed: (email) =>
      `Invitation emailed to ${email}. The link in it works once; you can revoke the invitation below until it is accepted.`,
    created: (email) =>
      `Invitation created for ${email}. Copy the link now and send it to them privately; it will not be shown again.`,
    inviteLink: 'Invitation link',
    invite: 'Invite',
    inviting: 'Inviting…',
    noInvitations: 'No invitations yet.',
    status: 'Status',
    expires: 'Expires',
    actions: 'Actions',
    statuses: { PENDING: 'Pending', ACCEPTED: 'Accepted', REVOKED: 'Revoked', EXPIRED: 'Expired' },
    revoke: 'Revoke',
    revokeLabel: (email) => `Revoke the invitation of ${email}`,
    alreadyMember:
      'This person is already a member of your organisation: find them in the staff list below.',
    cannotInvite: 'Your role cannot invite colleagues. Ask an admin.',
  },
  fr: {
    cannotSee: 'Votre rôle ne permet pas de voir la liste de l’équipe.',
    members: 'Membres',
    name: 'Nom',
    email: 'E-mail',
    role: 'Rôle',
    joined: 'Arrivée',
    inviteHeading: 'Inviter un·e collègue',
    invitationsHeading: 'Invitations envoyées',
    emailed: (email) =>
      `Invitation envoyée par e-mail à ${email}. Son lien ne sert qu’une fois ; vous pouvez révoquer l’invitation ci-dessous tant qu’elle n’est pas acceptée.`,
    created: (email) =>
      `Invitation créée pour ${email}. Copiez le lien maintenant et envoyez-le-lui en privé ; il ne sera plus affiché.`,
    inviteLink: 'Lien d’invitation',
    invite: 'Inviter',
    inviting: 'Invitation…',
    noInvitations: 'Aucune invitation pour l’instant.',
    status: 'Statut',
    expires: 'Expire le',
    actions: 'Actions possibles',
    statuses: {
      PENDING: 'En attente',
      ACCEPTED: 'Acceptée',
      REVOKED: 'Révoquée',
      EXPIRED: 'Expirée',
    },
    revoke: 'Révoquer',
    revokeLabel: (email) => `Révoquer l’invitation de ${email}`,
    alreadyMember:
      'Cette personne est déjà membre de votre organisation : elle figure dans la liste ci-dessous.',
    cannotInvite: 'Votre rôle ne permet pas d’inviter des collègues. Demandez à un·e admin.',
  },
};
