import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { SignOutButton } from '../../components/sign-out-button';
import { StaffNav } from '../../components/staff-nav';
import { currentStaff } from '../../staff/current-staff';
import { ROLE_LABELS } from '../../staff/role-labels';
import { STAFF_HOME } from '../../staff/sections';

export const metadata: Metadata = {
  robots: { index: false, follow: false },
};

/** The signed-in shell: whose organisation this is, who is signed in, and the way around. */
export default async function StaffLayout({ children }: { children: ReactNode }) {
  const me = await currentStaff();
  return (
    <div className="shell">
      <header className="shell-header">
        <p className="organization">
          <Link href={STAFF_HOME}>{me.organization.name}</Link>
        </p>
        <p className="who">
          {me.user.displayName} <span className="role">{ROLE_LABELS[me.role]}</span>
        </p>
        <SignOutButton />
      </header>
      <StaffNav role={me.role} operatesDeployment={me.operatesDeployment} />
      <main className="shell-main">{children}</main>
    </div>
  );
}
