import { Heading3, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { TableScroll } from '../../../../components/TableScroll';
import type { Count, SummaryView } from '../api';
import {
  BIBOB_STATUSES,
  bibobStatusLabel,
  countText,
  INSPECTION_STATUSES,
  inspectionOutcomeLabel,
  inspectionStatusLabel,
  MEASURE_KINDS,
  measureKindLabel,
  orderedCodes,
  PROCEDURE_STATUSES,
  procedureStatusLabel,
  REMEDY_STATUSES,
  remedyStatusLabel,
  sortBy,
} from '../labels';

function Figure({ count }: { count: Count }) {
  const { t } = useTranslation();
  return <TableCell className="dwb-number">{countText(t, count)}</TableCell>;
}

const ZERO: Count = { value: 0, suppressed: false };

/** Measures by kind (rows) and step of the procedure (columns): a cross table, only the steps that occur. */
function MeasuresByKind({ rows }: { rows: SummaryView['measuresByKindAndStatus'] }) {
  const { t } = useTranslation();
  const kinds = orderedCodes(
    MEASURE_KINDS,
    rows.map((r) => r.kind),
  );
  const statuses = orderedCodes(
    PROCEDURE_STATUSES,
    rows.map((r) => r.status),
  );
  const cell = new Map(rows.map((r) => [`${r.kind}\u0000${r.status}`, r.count]));
  const caption = t('enforcement.summary.measuresCaption');
  return (
    <TableScroll label={caption}>
      <Table className="dwb-table">
        <TableCaption className="dwb-table-caption">{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('enforcement.summary.colKind')}</TableHeaderCell>
            {statuses.map((status) => (
              <TableHeaderCell key={status} scope="col" className="dwb-number">
                {procedureStatusLabel(t, status)}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {kinds.map((kind) => (
            <TableRow key={kind}>
              <TableHeaderCell scope="row">{measureKindLabel(t, kind)}</TableHeaderCell>
              {statuses.map((status) => (
                <Figure key={status} count={cell.get(`${kind}\u0000${status}`) ?? ZERO} />
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}

function MeasuresByRemedy({ rows }: { rows: SummaryView['measuresByRemedyStatus'] }) {
  const { t } = useTranslation();
  const order = orderedCodes(
    REMEDY_STATUSES,
    rows.map((r) => r.remedyStatus),
  );
  const byCode = new Map(rows.map((r) => [r.remedyStatus, r.count]));
  return (
    <Table className="dwb-table">
      <TableCaption className="dwb-table-caption">{t('enforcement.summary.remedyCaption')}</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t('enforcement.summary.colRemedy')}</TableHeaderCell>
          <TableHeaderCell scope="col" className="dwb-number">
            {t('enforcement.summary.colCount')}
          </TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {order.map((code) => (
          <TableRow key={code}>
            <TableHeaderCell scope="row">{remedyStatusLabel(t, code)}</TableHeaderCell>
            <Figure count={byCode.get(code) ?? ZERO} />
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function MeasuresByWijk({ rows }: { rows: SummaryView['measuresByWijk'] }) {
  const { t } = useTranslation();
  const caption = t('enforcement.summary.wijkCaption');
  return (
    <TableScroll label={caption}>
      <Table className="dwb-table">
        <TableCaption className="dwb-table-caption">{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('enforcement.summary.colWijk')}</TableHeaderCell>
            <TableHeaderCell scope="col" className="dwb-number">
              {t('enforcement.summary.colOpen')}
            </TableHeaderCell>
            <TableHeaderCell scope="col" className="dwb-number">
              {t('enforcement.summary.colExecution')}
            </TableHeaderCell>
            <TableHeaderCell scope="col" className="dwb-number">
              {t('enforcement.summary.colClosed')}
            </TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.wijkCode ?? ''}>
              <TableHeaderCell scope="row">{row.wijkName ?? row.wijkCode ?? t('enforcement.summary.noWijk')}</TableHeaderCell>
              <Figure count={row.open} />
              <Figure count={row.inExecution} />
              <Figure count={row.closed} />
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}

function Inspections({ rows }: { rows: SummaryView['inspectionsByStatusAndOutcome'] }) {
  const { t } = useTranslation();
  return (
    <Table className="dwb-table">
      <TableCaption className="dwb-table-caption">{t('enforcement.summary.inspectionsCaption')}</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t('enforcement.summary.colStatus')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('enforcement.summary.colOutcome')}</TableHeaderCell>
          <TableHeaderCell scope="col" className="dwb-number">
            {t('enforcement.summary.colCount')}
          </TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {sortBy(rows, INSPECTION_STATUSES, (row) => row.status).map((row) => (
          <TableRow key={`${row.status}-${row.outcome ?? ''}`}>
            <TableHeaderCell scope="row">{inspectionStatusLabel(t, row.status)}</TableHeaderCell>
            <TableCell>{row.outcome ? inspectionOutcomeLabel(t, row.outcome) : t('enforcement.summary.noOutcome')}</TableCell>
            <Figure count={row.count} />
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function Bibob({ rows }: { rows: SummaryView['bibobByStatus'] }) {
  const { t } = useTranslation();
  return (
    <Table className="dwb-table">
      <TableCaption className="dwb-table-caption">{t('enforcement.summary.bibobCaption')}</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t('enforcement.summary.colStatus')}</TableHeaderCell>
          <TableHeaderCell scope="col" className="dwb-number">
            {t('enforcement.summary.colCount')}
          </TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {sortBy(rows, BIBOB_STATUSES, (row) => row.status).map((row) => (
          <TableRow key={row.status}>
            <TableHeaderCell scope="row">{bibobStatusLabel(t, row.status)}</TableHeaderCell>
            <Figure count={row.count} />
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** The figures of the summary as tables, each under its own h3 (the section's h2 is the caller's). */
export function SummaryTables({ summary }: { summary: SummaryView }) {
  const { t } = useTranslation();
  const empty = <Paragraph>{t('enforcement.summary.empty')}</Paragraph>;
  return (
    <>
      <Paragraph>
        {summary.scope === 'all' ? t('enforcement.summary.scopeAll') : t('enforcement.summary.scopeVisible')}
        {summary.suppressed && ` ${t('enforcement.summary.suppressed')}`}
      </Paragraph>
      <section className="dwb-section" aria-labelledby="enforcement-summary-measures">
        <Heading3 id="enforcement-summary-measures">{t('enforcement.summary.measuresHeading')}</Heading3>
        {summary.measuresByKindAndStatus.length === 0 ? empty : <MeasuresByKind rows={summary.measuresByKindAndStatus} />}
      </section>
      <section className="dwb-section" aria-labelledby="enforcement-summary-wijk">
        <Heading3 id="enforcement-summary-wijk">{t('enforcement.summary.wijkHeading')}</Heading3>
        {summary.measuresByWijk.length === 0 ? empty : <MeasuresByWijk rows={summary.measuresByWijk} />}
      </section>
      <section className="dwb-section" aria-labelledby="enforcement-summary-remedy">
        <Heading3 id="enforcement-summary-remedy">{t('enforcement.summary.remedyHeading')}</Heading3>
        {summary.measuresByRemedyStatus.length === 0 ? empty : <MeasuresByRemedy rows={summary.measuresByRemedyStatus} />}
      </section>
      <section className="dwb-section" aria-labelledby="enforcement-summary-inspections">
        <Heading3 id="enforcement-summary-inspections">{t('enforcement.summary.inspectionsHeading')}</Heading3>
        {summary.inspectionsByStatusAndOutcome.length === 0 ? empty : <Inspections rows={summary.inspectionsByStatusAndOutcome} />}
      </section>
      <section className="dwb-section" aria-labelledby="enforcement-summary-bibob">
        <Heading3 id="enforcement-summary-bibob">{t('enforcement.summary.bibobHeading')}</Heading3>
        {summary.bibobByStatus.length === 0 ? empty : <Bibob rows={summary.bibobByStatus} />}
      </section>
    </>
  );
}
