import { Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { CalendarDate } from '../../../../components/DateTime';
import { TableScroll } from '../../../../components/TableScroll';
import type { AssessmentList } from '../api';
import { latestPerDomain } from '../trend';
import { useDomainName, useRestrictedText, useScoreLabel } from './Bits';

/** "Leefgebieden": the latest score per life domain with its factors; restricted domains say who may see them. */
export function LifeDomainsTable({ data }: { data: AssessmentList }) {
  const { t } = useTranslation();
  const domainName = useDomainName();
  const restrictedText = useRestrictedText();
  const scoreLabel = useScoreLabel();
  const rows = latestPerDomain(data.domains, data.items);
  if (data.items.length === 0) return <Paragraph>{t('careerPlan.domains.empty')}</Paragraph>;
  const caption = t('careerPlan.domains.caption');
  return (
    <TableScroll label={caption}>
      <Table className="dwb-table">
        <TableCaption className="dwb-table-caption">{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('careerPlan.domains.domain')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('careerPlan.score.label')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('careerPlan.domains.risk')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('careerPlan.domains.protective')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('careerPlan.domains.assessedOn')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.domain.code}>
              <TableHeaderCell scope="row" className="dwb-row-header">
                {domainName(row.domain, row.domain.code)}
              </TableHeaderCell>
              {row.restricted ? (
                <TableCell colSpan={4}>{restrictedText(row.restrictedTo)}</TableCell>
              ) : row.latest ? (
                <>
                  <TableCell>{scoreLabel(row.latest.score)}</TableCell>
                  <TableCell>{row.latest.riskFactors}</TableCell>
                  <TableCell>{row.latest.protectiveFactors}</TableCell>
                  <TableCell>
                    <CalendarDate value={row.latest.assessedOn} />
                  </TableCell>
                </>
              ) : (
                <TableCell colSpan={4}>{t('careerPlan.domains.notAssessed')}</TableCell>
              )}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}
