import type { Metadata } from 'next';
import Link from 'next/link';
import { currentStaff } from '../../../staff/current-staff';
import { ROLE_LABELS } from '../../../staff/role-labels';
import { STAFF_SECTIONS } from '../../../staff/sections';

export const metadata: Metadata = { title: 'Overview' };

export default async function DashboardPage() {
  const me = await currentStaff();
  return (
    <>
      <h1>Welcome, {me.user.displayName}</h1>
      <p>
        You are signed in to {me.organization.name} as {ROLE_LABELS[me.role].toLowerCase()}.
      </p>
      <ul className="sections">
        {Object.values(STAFF_SECTIONS).map(({ href, title, purpose }) => (
          <li key={href}>
            <Link href={href}>{title}</Link>: {purpose}
          </li>
        ))}
      </ul>
    </>
  );
}
