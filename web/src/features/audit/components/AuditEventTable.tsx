import { Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { DateTime } from '../../../components/DateTime';
import { TableScroll } from '../../../components/TableScroll';
import { roleLabel } from '../../../domain/labels';
import type { AuditEvent } from '../api';

function Actor({ event }: { event: AuditEvent }) {
  const { t } = useTranslation();
  if (!event.actorUserId && !event.actorUsername) {
    return <>{t('audit.trail.unknownActor')}</>;
  }
  return (
    <>
      {event.actorUsername ?? event.actorUserId}
      {event.actorRole && <span className="dwb-cell-note">{roleLabel(t, event.actorRole)}</span>}
    </>
  );
}

export function AuditEventTable({ events }: { events: readonly AuditEvent[] }) {
  const { t } = useTranslation();
  const caption = t('audit.trail.tableCaption');
  return (
    <TableScroll label={caption}>
      <Table className="dwb-table">
        <TableCaption className="dwb-table-caption">{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('audit.trail.columns.at')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('audit.trail.columns.actor')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('audit.trail.columns.action')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('audit.trail.columns.object')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('audit.trail.columns.outcome')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('audit.trail.columns.reason')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('audit.trail.columns.requestId')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {events.map((event) => (
            <TableRow key={event.id}>
              <TableCell>
                <DateTime value={event.at} />
              </TableCell>
              <TableCell>
                <Actor event={event} />
              </TableCell>
              <TableCell>
                <code className="dwb-code">{event.action}</code>
              </TableCell>
              <TableCell>
                {event.objectType ? (
                  <>
                    {event.objectType}
                    {event.objectId && <span className="dwb-cell-note dwb-code">{event.objectId}</span>}
                  </>
                ) : (
                  t('common.none')
                )}
              </TableCell>
              <TableCell>{event.outcome}</TableCell>
              <TableCell>{event.reason ?? t('common.none')}</TableCell>
              <TableCell className="dwb-code">{event.requestId ?? t('common.none')}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}
