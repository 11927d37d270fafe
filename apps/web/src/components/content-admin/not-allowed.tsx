import { STAFF_SECTIONS } from '../../staff/sections';

/** What a role without the permission a page needs gets instead of it. */
export function ContentNotAllowed({ change = false }: { change?: boolean }) {
  return (
    <>
      <h1>{STAFF_SECTIONS.guideContent.title}</h1>
      <p className="notice">
        Your role cannot {change ? 'change' : 'see'} the guide&apos;s content.
      </p>
    </>
  );
}
