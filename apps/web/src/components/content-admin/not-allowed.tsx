import type { FieldLocale } from '@cairn/contracts';
import { CONTENT_MESSAGES } from '../../content-admin/content-messages';
import { staffSections } from '../../staff/sections';

/** What a role without the permission a page needs gets instead of it. */
export function ContentNotAllowed({
  change = false,
  locale = 'en',
}: {
  change?: boolean;
  locale?: FieldLocale;
}) {
  const words = CONTENT_MESSAGES[locale];
  return (
    <div lang={locale}>
      <h1>{staffSections(locale).guideContent.title}</h1>
      <p className="notice">{change ? words.cannotChange : words.cannotSee}</p>
    </div>
  );
}
