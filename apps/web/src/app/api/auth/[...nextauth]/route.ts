import { nextAuthHandler } from '../../../../auth/next-auth-handler';

export { nextAuthHandler as GET, nextAuthHandler as POST };
