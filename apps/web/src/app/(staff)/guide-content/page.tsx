import type { Metadata } from 'next';
import { PlannedSection } from '../../../components/planned-section';
import { currentStaff } from '../../../staff/current-staff';
import { STAFF_SECTIONS } from '../../../staff/sections';

export const metadata: Metadata = { title: STAFF_SECTIONS.guideContent.title };

export default async function GuideContentPage() {
  // Layouts and pages render in parallel: each staff page checks the session itself.
  await currentStaff();
  return <PlannedSection section={STAFF_SECTIONS.guideContent} />;
}
