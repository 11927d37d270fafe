import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { SignOutButton } from '../../components/sign-out-button';
import { StaffNav } from '../../components/staff-nav';
import { staffLocale } from '../../forms/staff-locale';
import { currentStaff } from '../../staff/current-staff';
import { ROLE_LABELS_BY_LOCALE } from '../../staff/role-labels';
import { STAFF_HOME } from '../../staff/sections';
import { SHELL_MESSAGES } from '../../staff/shell-messages';

export const metadata: Metadata = {
  robots: { index: false, follow: false },
};

/** The signed-in shell: whose organisation this is, who is signed in, and the way around. */
export default async function StaffLayout({ children }: { children: ReactNode }) {
  const [me, locale] = await Promise.all([currentStaff(), staffLocale()]);
  return (
    <div className="shell">
      <header className="shell-header" lang={locale}>
        <p className="organization">
          <Link href={STAFF_HOME}>{me.organization.name}</Link>
        </p>
        <p className="who">
          {me.user.displayName}{' '}
          <span className="role">{ROLE_LABELS_BY_LOCALE[locale][me.role]}</span>
        </p>
        <SignOutButton label={SHELL_MESSAGES[locale].signOut} />
      </header>
      <StaffNav role={me.role} operatesDeployment={me.operatesDeployment} locale={locale} />
      <main className="shell-main">{children}</main>
    </div>
  );
}
