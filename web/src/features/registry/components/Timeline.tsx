import { OrderedList, OrderedListItem } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { CalendarDate, DateTime } from '../../../components/DateTime';
import { isCalendarDate } from '../../../i18n/format';
import type { TimelineEntry } from '../api';
import { newestFirst } from '../relations';
import { SubjectLink } from './SubjectBits';

/** The entry's text, with the related subject's name in it as a link (or the link after it). */
function EntryText({ entry }: { entry: TimelineEntry }) {
  const related = entry.relatedSubject;
  if (!related) {
    return <>{entry.text}</>;
  }
  const at = entry.text.lastIndexOf(related.label);
  if (at < 0) {
    return (
      <>
        {entry.text} <SubjectLink subject={related} />
      </>
    );
  }
  return (
    <>
      {entry.text.slice(0, at)}
      <SubjectLink subject={related} />
      {entry.text.slice(at + related.label.length)}
    </>
  );
}

/** What happened to the subject, newest first. */
export function Timeline({ entries }: { entries: readonly TimelineEntry[] }) {
  const { t } = useTranslation();
  return (
    <OrderedList className="dwb-timeline" aria-label={t('registry.profile.timelineLabel')}>
      {newestFirst(entries).map((entry, index) => (
        <OrderedListItem key={`${entry.at}-${entry.kind}-${index}`} className="dwb-timeline__item">
          <span className="dwb-timeline__at">{isCalendarDate(entry.at) ? <CalendarDate value={entry.at} /> : <DateTime value={entry.at} />}</span>
          <span className="dwb-timeline__text">
            <EntryText entry={entry} />
          </span>
        </OrderedListItem>
      ))}
    </OrderedList>
  );
}
