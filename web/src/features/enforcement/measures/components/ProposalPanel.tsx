import { Alert, Heading3, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { paths } from '../../../../app/paths';
import { CalendarDate } from '../../../../components/DateTime';
import { RouterLink } from '../../../../components/RouterLink';
import { useLanguage } from '../../../../i18n/useLanguage';
import type { ProposalView } from '../api';
import { drugClassLabel, durationLabel, premisesLabel, quantityBandLabel } from '../labels';

/** The notice that the standard matrix is a default, to be checked against the municipality's own policy rule. */
export function PolicyNotice() {
  const { t } = useTranslation();
  return (
    <Alert type="warning">
      <Paragraph>{t('measures.policyNotice')}</Paragraph>
    </Alert>
  );
}

/** What the escalation matrix proposed: the row that applied, the earlier offences counted and why. */
export function ProposalDetails({ proposal, headingLevel = 3 }: { proposal: ProposalView; headingLevel?: 3 | 4 }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const row = proposal.row;
  const EarlierHeading = headingLevel === 3 ? Heading3 : 'h4';
  return (
    <>
      {proposal.applicable && proposal.legalBasisName ? (
        <Paragraph>
          <strong>
            {proposal.durationMonths === null
              ? t('measures.proposal.appliedNoDuration', { basis: proposal.legalBasisName })
              : t('measures.proposal.applied', { basis: proposal.legalBasisName, duration: durationLabel(t, proposal.durationMonths) })}
          </strong>
        </Paragraph>
      ) : (
        <Paragraph>
          <strong>{t('measures.proposal.none')}</strong>
        </Paragraph>
      )}
      {row && (
        <Paragraph>
          {t('measures.proposal.row', {
            premises: premisesLabel(t, row.premisesType),
            drugClass: drugClassLabel(t, row.drugClass),
            quantityBand: quantityBandLabel(t, row.quantityBand),
            offence: row.offenceNumber,
            lookback: row.lookbackMonths,
          })}
        </Paragraph>
      )}
      <Paragraph>{t('measures.proposal.offenceNumber', { count: proposal.offenceNumber })}</Paragraph>
      <Paragraph>{t('measures.proposal.reason', { reason: proposal.reason })}</Paragraph>
      {row && row.explanation[language] && <Paragraph>{t('measures.proposal.explanation', { text: row.explanation[language] })}</Paragraph>}
      <EarlierHeading className={headingLevel === 4 ? 'utrecht-heading-4' : undefined}>{t('measures.proposal.earlierHeading')}</EarlierHeading>
      {proposal.earlierMeasures.length === 0 ? (
        <Paragraph>{t('measures.proposal.noEarlier')}</Paragraph>
      ) : (
        <UnorderedList>
          {proposal.earlierMeasures.map((earlier) => (
            <UnorderedListItem key={earlier.id}>
              {earlier.visible ? (
                <RouterLink to={paths.measure(earlier.id)}>{t('measures.detail.title', { number: earlier.number })}</RouterLink>
              ) : (
                t('measures.proposal.earlierHidden')
              )}
              {', '}
              <CalendarDate value={earlier.offenceOn} />
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
    </>
  );
}
