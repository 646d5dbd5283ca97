import { Heading2, Heading3, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useApiResource } from '../../../api/useApiResource';
import { paths } from '../../../app/paths';
import { CalendarDate } from '../../../components/DateTime';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { RouterLink } from '../../../components/RouterLink';
import { formatDate } from '../../../i18n/format';
import { useLanguage } from '../../../i18n/useLanguage';
import { trajectoryConferences } from './api';

/**
 * The case conferences a trajectory was discussed in, with their decisions, for the trajectory page.
 * The trajectory page mounts <TrajectoryConferences>; this area owns what it shows.
 */
export interface TrajectoryConferencesProps {
  trajectoryId: string;
}

export function TrajectoryConferences({ trajectoryId }: TrajectoryConferencesProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const conferences = useApiResource((signal) => trajectoryConferences(trajectoryId, signal), [trajectoryId]);
  const headingId = `trajectory-conferences-${trajectoryId}`;
  return (
    <section aria-labelledby={headingId} className="dwb-section">
      <Heading2 id={headingId}>{t('conferences.trajectory.heading')}</Heading2>
      {conferences.loading && !conferences.data && <Loading />}
      {conferences.error !== null && <ErrorAlert error={conferences.error} />}
      {conferences.data && conferences.data.conferences.length === 0 && <Paragraph>{t('conferences.trajectory.none')}</Paragraph>}
      {conferences.data?.conferences.map((c) => (
        <article key={c.itemId} aria-labelledby={`conference-item-${c.itemId}`}>
          <Heading3 id={`conference-item-${c.itemId}`}>
            <RouterLink to={paths.caseConference(c.id)}>
              {t('conferences.trajectory.conference', { title: c.title, number: c.number, date: formatDate(c.heldOn, language) })}
            </RouterLink>
          </Heading3>
          <Paragraph small>{t(`conferences.status.${c.status}`)}</Paragraph>
          {c.question && (
            <Paragraph>
              <strong>{t('conferences.agenda.question')}:</strong> {c.question}
            </Paragraph>
          )}
          {c.discussion && (
            <Paragraph>
              <strong>{t('conferences.item.discussion')}:</strong> {c.discussion}
            </Paragraph>
          )}
          <Paragraph>
            <strong>{t('conferences.item.decisions')}</strong>
          </Paragraph>
          {c.decisions.length === 0 ? (
            <Paragraph>{t('conferences.item.noDecisions')}</Paragraph>
          ) : (
            <UnorderedList>
              {c.decisions.map((d) => (
                <UnorderedListItem key={d.id}>{d.text}</UnorderedListItem>
              ))}
            </UnorderedList>
          )}
          {c.actions.length > 0 && (
            <>
              <Paragraph>
                <strong>{t('conferences.item.actions')}</strong>
              </Paragraph>
              <UnorderedList>
                {c.actions.map((a) => (
                  <UnorderedListItem key={a.id}>
                    {a.description} ({a.responsible.name}, <CalendarDate value={a.dueDate} />)
                  </UnorderedListItem>
                ))}
              </UnorderedList>
            </>
          )}
        </article>
      ))}
    </section>
  );
}
