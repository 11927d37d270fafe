import type { FieldLocale } from '@cairn/contracts';

/**
 * Every sentence the sign-in page and the invitation's acceptance page say, in each language
 * the staff pages speak: nobody is signed in there yet, so the browser's languages decide.
 */
export interface SignInMessages {
  // Sign-in page
  signInTitle: string;
  signInHeading: string;
  sessionEnded: string;
  joined: string;
  email: string;
  password: string;
  organisation: string;
  signIn: string;
  signingIn: string;
  /** Why a sign-in was refused, by the code the API gives. */
  failures: {
    invalidCredentials: string;
    accountLocked: string;
    rateLimited: string;
    organizationRequired: string;
    unavailable: string;
  };
  // Invitation page
  joinTitle: string;
  joinHeading: string;
  joinIntro: string;
  yourName: string;
  nameHint: string;
  existingPasswordHint: string;
  newPasswordHint: string;
  confirmPassword: string;
  join: string;
  joining: string;
  inviteUnusable: string;
  existingAccount: string;
  accountLockedJoin: string;
  tooManyAttempts: string;
  passwordsDiffer: string;
  enterExistingPassword: string;
  alreadyMember: string;
}

export const SIGN_IN_MESSAGES: Readonly<Record<FieldLocale, SignInMessages>> = {
  en: {
    signInTitle: 'Sign in',
    signInHeading: 'Sign in to Cairn',
    sessionEnded: 'Your session has ended. Sign in again to continue.',
    joined: 'You have joined; sign in with your email and new password.',
    email: 'Email',
    password: 'Password',
    organisation: 'Organisation',
    signIn: 'Sign in',
    signingIn: 'Signing in…',
    failures: {
      invalidCredentials:
        'That email and password do not match an account. Check them and try again.',
      accountLocked:
        'This account is locked after too many failed attempts. Try again later, or ask an admin of your organisation to unlock it.',
      rateLimited: 'Too many sign-in attempts. Wait a minute, then try again.',
      organizationRequired:
        'You belong to more than one organisation. Choose one and enter your password again.',
      unavailable: 'Signing in is not possible right now. Try again in a moment.',
    },
    joinTitle: 'Join your team',
    joinHeading: 'Join your team on Cairn',
    joinIntro: 'Choose the name your colleagues will see and a password to sign in with.',
    yourName: 'Your name',
    nameHint: 'Up to 120 characters.',
    existingPasswordHint: 'The password of your existing Cairn account.',
    newPasswordHint: 'At least 12 characters. A few unrelated words make a good one.',
    confirmPassword: 'Confirm password',
    join: 'Join',
    joining: 'Joining…',
    inviteUnusable:
      'This invitation has expired, was revoked, or was already used — ask your admin for a new one.',
    existingAccount:
      'This email already has a Cairn account. To join, enter the existing Cairn password of that account in both password fields; it will not be changed.',
    accountLockedJoin:
      'Too many wrong passwords: this Cairn account is locked for a while. Try again later, or ask an admin.',
    tooManyAttempts: 'Too many attempts: wait a minute and try again.',
    passwordsDiffer: 'The two passwords differ',
    enterExistingPassword: 'Enter the existing password of this Cairn account',
    alreadyMember: 'You are already a member of this organisation: sign in instead.',
  },
  fr: {
    signInTitle: 'Connexion',
    signInHeading: 'Se connecter à Cairn',
    sessionEnded: 'Votre session a pris fin. Reconnectez-vous pour continuer.',
    joined:
      'Vous avez rejoint l’équipe ; connectez-vous avec votre e-mail et votre nouveau mot de passe.',
    email: 'E-mail',
    password: 'Mot de passe',
    organisation: 'Organisation',
    signIn: 'Se connecter',
    signingIn: 'Connexion…',
    failures: {
      invalidCredentials:
        'Cet e-mail et ce mot de passe ne correspondent à aucun compte. Vérifiez-les et réessayez.',
      accountLocked:
        'Ce compte est verrouillé après trop de tentatives échouées. Réessayez plus tard, ou demandez à un·e admin de votre organisation de le déverrouiller.',
      rateLimited: 'Trop de tentatives de connexion. Attendez une minute, puis réessayez.',
      organizationRequired:
        'Vous appartenez à plusieurs organisations. Choisissez-en une et saisissez de nouveau votre mot de passe.',
      unavailable: 'La connexion est impossible pour le moment. Réessayez dans un instant.',
    },
    joinTitle: 'Rejoindre votre équipe',
    joinHeading: 'Rejoindre votre équipe sur Cairn',
    joinIntro:
      'Choisissez le nom que verront vos collègues et un mot de passe pour vous connecter.',
    yourName: 'Votre nom',
    nameHint: 'Jusqu’à 120 caractères.',
    existingPasswordHint: 'Le mot de passe de votre compte Cairn existant.',
    newPasswordHint: 'Au moins 12 caractères. Quelques mots sans rapport entre eux en font un bon.',
    confirmPassword: 'Confirmer le mot de passe',
    join: 'Rejoindre',
    joining: 'Adhésion en cours…',
    inviteUnusable:
      'Cette invitation a expiré, a été révoquée ou a déjà servi — demandez-en une nouvelle à votre admin.',
    existingAccount:
      'Cet e-mail a déjà un compte Cairn. Pour rejoindre l’équipe, saisissez le mot de passe Cairn existant de ce compte dans les deux champs ; il ne sera pas modifié.',
    accountLockedJoin:
      'Trop de mots de passe erronés : ce compte Cairn est verrouillé pour un moment. Réessayez plus tard, ou demandez à un·e admin.',
    tooManyAttempts: 'Trop de tentatives : attendez une minute et réessayez.',
    passwordsDiffer: 'Les deux mots de passe diffèrent',
    enterExistingPassword: 'Saisissez le mot de passe existant de ce compte Cairn',
    alreadyMember: 'Vous êtes déjà membre de cette organisation : connectez-vous plutôt.',
  },
};
