import type { StaffSection } from '../staff/sections';

/** The page of a section not built yet: says what it will hold, and shows no made-up data. */
export function PlannedSection({ section }: { section: StaffSection }) {
  return (
    <>
      <h1>{section.title}</h1>
      <p>{section.purpose}</p>
      <p className="notice">This section is not available yet.</p>
    </>
  );
}
