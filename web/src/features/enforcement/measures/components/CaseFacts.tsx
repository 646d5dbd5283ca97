import { Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { paths } from '../../../../app/paths';
import { CalendarDate, DateTime } from '../../../../components/DateTime';
import { RouterLink } from '../../../../components/RouterLink';
import { TableScroll } from '../../../../components/TableScroll';
import { formatDate } from '../../../../i18n/format';
import { useLanguage } from '../../../../i18n/useLanguage';
import { FactList, type FactRow } from '../../../signals/components/FactList';
import type { MeasureDetail } from '../api';
import { historyNewestFirst } from '../history';
import {
  authorityLabel,
  courtKindLabel,
  courtOutcomeLabel,
  deadlineKindLabel,
  deadlineStatusLabel,
  drugClassLabel,
  durationLabel,
  kindLabel,
  objectionOutcomeLabel,
  originLabel,
  premisesLabel,
  quantityBandLabel,
  trackLabel,
  trackStatusLabel,
} from '../labels';
import { amsterdamToday, isOverdue } from '../listQuery';
import { DueDate, FreeText } from './MeasureBits';

/** Number, address, legal basis with article, duration, origin (with a link), addressee and the facts. */
export function MeasureSummary({ measure }: { measure: MeasureDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const none = t('common.none');
  let origin: ReactNode = originLabel(t, measure.origin);
  if (measure.inspection) {
    origin = (
      <>
        {originLabel(t, measure.origin)}:{' '}
        <RouterLink to={paths.inspection(measure.inspection.id)}>{t('measures.detail.inspection', { number: measure.inspection.number })}</RouterLink>
      </>
    );
  } else if (measure.signal) {
    origin = (
      <>
        {originLabel(t, measure.origin)}:{' '}
        <RouterLink to={paths.signal(measure.signal.id)}>{t('measures.detail.signal', { number: measure.signal.number })}</RouterLink>
      </>
    );
  }
  const offence =
    measure.premisesType && measure.drugClass && measure.quantityBand && measure.offenceOn
      ? t('measures.detail.offenceText', {
          premises: premisesLabel(t, measure.premisesType),
          drugClass: drugClassLabel(t, measure.drugClass),
          quantityBand: quantityBandLabel(t, measure.quantityBand),
          date: formatDate(measure.offenceOn, language),
        })
      : none;
  const rows: FactRow[] = [
    [t('measures.detail.number'), measure.number],
    [t('measures.detail.address'), measure.addressLabel],
    [t('measures.detail.legalBasis'), measure.legalBasis.name[language]],
    [t('measures.detail.article'), measure.legalBasis.article],
    [t('measures.detail.authority'), authorityLabel(t, measure.legalBasis.authority)],
    [t('measures.detail.kind'), kindLabel(t, measure.legalBasis.measureKind)],
    [t('measures.detail.duration'), durationLabel(t, measure.durationMonths)],
    [t('measures.detail.origin'), origin],
    [t('measures.detail.offence'), offence],
    [
      t('measures.detail.addressee'),
      measure.addressee.name || measure.addressee.address ? (
        <>
          {measure.addressee.name}
          {measure.addressee.name && measure.addressee.address && <br />}
          {measure.addressee.address}
        </>
      ) : (
        none
      ),
    ],
    [t('measures.detail.responsible'), measure.responsible?.name ?? none],
    [t('measures.detail.urgent'), measure.urgent ? t('measures.detail.urgentText', { motivation: measure.urgencyMotivation ?? '' }) : t('measures.no')],
  ];
  if (measure.opinionResponse) rows.push([t('measures.detail.opinionResponse'), measure.opinionResponse]);
  if (measure.objectionOutcome) rows.push([t('measures.detail.objectionOutcome'), objectionOutcomeLabel(t, measure.objectionOutcome)]);
  if (measure.closedReason) rows.push([t('measures.detail.closedReason'), measure.closedReason]);
  return (
    <>
      <FactList rows={rows} />
      {measure.facts && (
        <>
          <Paragraph>
            <strong>{t('measures.detail.facts')}</strong>
          </Paragraph>
          <FreeText text={measure.facts} />
        </>
      )}
    </>
  );
}

/** The dates of the procedure that are known. */
export function MeasureDates({ measure }: { measure: MeasureDetail }) {
  const { t } = useTranslation();
  const keys = [
    'opinionDue',
    'opinionReceivedOn',
    'decisionOn',
    'graceEnd',
    'announcedOn',
    'objectionDue',
    'objectionReceivedOn',
    'objectionDecisionDue',
    'executionStart',
    'executionEnd',
    'liftedOn',
  ] as const;
  const rows: FactRow[] = keys.flatMap((key) => {
    const value = measure.dates[key];
    return value ? [[t(`measures.dates.${key}`), <CalendarDate key={key} value={value} />] satisfies FactRow] : [];
  });
  return rows.length > 0 ? <FactList rows={rows} /> : null;
}

/** Every deadline of the case: kind, from, due date (overdue in words), the engine's reasons, and its state. */
export function DeadlinesTable({ measure }: { measure: MeasureDetail }) {
  const { t } = useTranslation();
  if (measure.deadlines.length === 0) return <Paragraph>{t('measures.detail.deadlinesEmpty')}</Paragraph>;
  const caption = t('measures.detail.deadlinesCaption', { number: measure.number });
  const today = amsterdamToday();
  return (
    <TableScroll label={caption}>
      <Table className="dwb-table">
        <TableCaption className="dwb-table-caption">{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('measures.detail.deadlineKind')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('measures.detail.deadlineFrom')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('measures.detail.deadlineDue')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('measures.detail.deadlineReasons')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('measures.detail.deadlineStatus')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {measure.deadlines.map((deadline) => {
            const overdue = deadline.status === 'open' && isOverdue(deadline.dueOn, today);
            return (
              <TableRow key={deadline.id} className={overdue ? 'dwb-row--overdue' : undefined}>
                <TableHeaderCell scope="row" className="dwb-row-header">
                  {deadlineKindLabel(t, deadline.kind)}
                </TableHeaderCell>
                <TableCell>
                  <CalendarDate value={deadline.from} /> ({deadline.period})
                </TableCell>
                <TableCell>
                  <DueDate date={deadline.dueOn} overdue={overdue} />
                </TableCell>
                <TableCell>
                  {deadline.reasons.length === 0
                    ? t('measures.detail.noReasons')
                    : deadline.reasons.map((reason) => <Paragraph key={`${reason.rule}-${reason.date}`}>{reason.text}</Paragraph>)}
                </TableCell>
                <TableCell>{deadlineStatusLabel(t, deadline.status)}</TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </TableScroll>
  );
}

/** Both tracks' history as one list, newest first, with who and when. */
export function HistoryList({ measure }: { measure: MeasureDetail }) {
  const { t } = useTranslation();
  if (measure.history.length === 0) return <Paragraph>{t('measures.detail.historyEmpty')}</Paragraph>;
  return (
    <ol className="dwb-card-list" reversed>
      {historyNewestFirst(measure.history).map((entry) => (
        <li key={entry.id} className="dwb-card-list__item">
          <Paragraph>
            <strong>
              {t('measures.detail.historyEntry', {
                track: trackLabel(t, entry.track),
                from: entry.fromStatus ? trackStatusLabel(t, entry.track, entry.fromStatus) : t('measures.detail.historyStart'),
                to: trackStatusLabel(t, entry.track, entry.toStatus),
              })}
            </strong>
          </Paragraph>
          <Paragraph className="dwb-cell-note">
            <DateTime value={entry.changedAt} /> · {t('measures.detail.historyBy', { name: entry.changedBy ?? t('measures.detail.system') })}
          </Paragraph>
          {entry.note && <FreeText text={entry.note} />}
        </li>
      ))}
    </ol>
  );
}

/** The court steps: provisional relief, appeal, higher appeal. */
export function CourtStepsTable({ measure }: { measure: MeasureDetail }) {
  const { t } = useTranslation();
  if (measure.courtSteps.length === 0) return <Paragraph>{t('measures.detail.courtEmpty')}</Paragraph>;
  const caption = t('measures.detail.courtCaption', { number: measure.number });
  const none = t('common.none');
  return (
    <TableScroll label={caption}>
      <Table className="dwb-table">
        <TableCaption className="dwb-table-caption">{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('measures.detail.courtKind')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('measures.detail.court')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('measures.detail.caseNumber')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('measures.detail.filedOn')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('measures.detail.hearingOn')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('measures.detail.rulingOn')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('measures.detail.outcome')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {measure.courtSteps.map((step) => (
            <TableRow key={step.id}>
              <TableHeaderCell scope="row" className="dwb-row-header">
                {courtKindLabel(t, step.kind)}
              </TableHeaderCell>
              <TableCell>{step.court || none}</TableCell>
              <TableCell>{step.caseNumber || none}</TableCell>
              <TableCell>
                <CalendarDate value={step.filedOn} />
              </TableCell>
              <TableCell>{step.hearingOn ? <CalendarDate value={step.hearingOn} /> : none}</TableCell>
              <TableCell>{step.rulingOn ? <CalendarDate value={step.rulingOn} /> : none}</TableCell>
              <TableCell>{step.outcome ? courtOutcomeLabel(t, step.outcome) : t('measures.detail.pending')}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}
