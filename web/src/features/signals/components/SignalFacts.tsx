import { Heading3, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { CalendarDate, DateTime } from '../../../components/DateTime';
import { TableScroll } from '../../../components/TableScroll';
import { confidentialityLabel } from '../../../domain/labels';
import { formatDate } from '../../../i18n/format';
import { useLanguage } from '../../../i18n/useLanguage';
import type { PartnerReport, SignalDetail } from '../api';
import { formatAddress } from '../format';
import { channelLabel, findKindLabel, outcomeLabel, personRoleLabel, statusLabel, unitLabel, yesNo } from '../labels';
import { FactList, type FactRow } from './FactList';
import { Deadline, FreeText } from './SignalBits';

/** What, when, where, from whom, and by when: the facts of a signal. */
export function SignalFacts({ signal }: { signal: SignalDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const none = t('common.none');
  const { location, contact } = signal;
  const address = formatAddress(location);
  const observed = signal.observedOn ? (
    <time dateTime={signal.observedTime ? `${signal.observedOn}T${signal.observedTime}` : signal.observedOn}>
      {signal.observedTime
        ? t('signals.detail.observedAt', { date: formatDate(signal.observedOn, language), time: signal.observedTime })
        : formatDate(signal.observedOn, language)}
    </time>
  ) : (
    t('signals.detail.notObserved')
  );
  const rows: FactRow[] = [
    [t('signals.detail.category'), signal.category.name],
    [t('signals.detail.channel'), channelLabel(t, signal.channel)],
    [t('signals.detail.receivedAt'), <DateTime value={signal.receivedAt} />],
    [t('signals.detail.observed'), observed],
    [t('signals.detail.address'), address ?? none],
    [t('signals.detail.placeDescription'), location.text ?? none],
    [t('signals.detail.wijk'), location.wijkCode ? `${location.wijkName ?? location.wijkCode} (${location.wijkCode})` : none],
    [t('signals.detail.buurt'), location.buurtCode ?? none],
  ];
  if (location.lat !== null && location.lon !== null) {
    rows.push([t('signals.detail.coordinates'), `${location.lat.toFixed(6)}, ${location.lon.toFixed(6)}`]);
  }
  if (!contact) {
    rows.push([t('signals.detail.reporter'), signal.anonymous ? t('signals.detail.anonymous') : none]);
  } else {
    rows.push(
      [t('signals.detail.contactName'), contact.name ?? none],
      [t('signals.detail.contactEmail'), contact.email ?? none],
      [t('signals.detail.contactPhone'), contact.phone ?? none],
    );
  }
  rows.push(
    [t('signals.detail.status'), statusLabel(t, signal.status)],
    [t('signals.detail.deadline'), <Deadline date={signal.deadline} overdue={signal.overdue} />],
    [t('signals.detail.urgency'), t('signals.detail.urgencyValue', { urgency: signal.urgency })],
    [t('signals.detail.confidentiality'), confidentialityLabel(t, signal.confidentiality)],
    [t('signals.detail.assignee'), signal.assignee ? `${signal.assignee.name} (${signal.assignee.organisation})` : t('signals.detail.nobody')],
  );
  if (signal.outcome) {
    rows.push([t('signals.detail.outcome'), outcomeLabel(t, signal.outcome)]);
  }
  if (signal.closedAt) {
    rows.push([t('signals.detail.closedAt'), <DateTime value={signal.closedAt} />]);
  }

  return (
    <>
      <FactList rows={rows} />
      <Heading3>{t('signals.detail.descriptionHeading')}</Heading3>
      <FreeText text={signal.description} />
      {signal.answers.length > 0 && (
        <>
          <Heading3>{t('signals.detail.answersHeading')}</Heading3>
          <FactList rows={signal.answers.map((answer): FactRow => [answer.question, answer.answer || none])} />
        </>
      )}
    </>
  );
}

function quantity(value: number, language: string): string {
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: 3 }).format(value);
}

/** The structured fields of a police report: facts, then the finds and the persons as tables. */
export function PartnerReportFacts({ report, number }: { report: PartnerReport; number: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const none = t('common.none');
  const findsCaption = t('signals.detail.findsCaption');
  const personsCaption = t('signals.detail.personsCaption');
  return (
    <>
      <FactList
        rows={[
          [t('signals.detail.reference'), <span className="dwb-code">{report.reference}</span>],
          [t('signals.detail.searchDate'), <CalendarDate value={report.searchDate} />],
          [t('signals.detail.electricityTheft'), yesNo(t, report.electricityTheft)],
          [t('signals.detail.dangerousSituation'), yesNo(t, report.dangerousSituation)],
          [t('signals.detail.reportingOfficer'), report.reportingOfficer || none],
        ]}
      />
      {report.finds.length === 0 ? (
        <Paragraph>{t('signals.detail.noFinds')}</Paragraph>
      ) : (
        <TableScroll label={findsCaption}>
          <Table className="dwb-table">
            <TableCaption className="dwb-table-caption">{findsCaption}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('signals.detail.findColumns.kind')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('signals.detail.findColumns.quantity')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('signals.detail.findColumns.description')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {report.finds.map((find, index) => (
                <TableRow key={`${number}-find-${index}`}>
                  <TableHeaderCell scope="row" className="dwb-row-header">
                    {findKindLabel(t, find.kind)}
                  </TableHeaderCell>
                  <TableCell>
                    {quantity(find.quantity, language)} {unitLabel(t, find.unit)}
                  </TableCell>
                  <TableCell>{find.description || none}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableScroll>
      )}
      {report.persons.length === 0 ? (
        <Paragraph>{t('signals.detail.noPersons')}</Paragraph>
      ) : (
        <TableScroll label={personsCaption}>
          <Table className="dwb-table">
            <TableCaption className="dwb-table-caption">{personsCaption}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('signals.detail.personColumns.name')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('signals.detail.personColumns.dateOfBirth')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('signals.detail.personColumns.role')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {report.persons.map((person, index) => (
                <TableRow key={`${number}-person-${index}`}>
                  <TableHeaderCell scope="row" className="dwb-row-header">
                    {person.name}
                  </TableHeaderCell>
                  <TableCell>{person.dateOfBirth ? <CalendarDate value={person.dateOfBirth} /> : none}</TableCell>
                  <TableCell>{personRoleLabel(t, person.role)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableScroll>
      )}
    </>
  );
}
