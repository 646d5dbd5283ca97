import { DataList, DataListItem, DataListKey, DataListValue } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CalendarDate, DateTime } from '../../../components/DateTime';
import { confidentialityLabel } from '../../../domain/labels';
import type { SubjectDetail, SubjectFacts as Facts } from '../api';
import { premisesLabel } from '../labels';
import { RiskBadge } from './SubjectBits';

type Row = [string, ReactNode];

function Rows({ rows }: { rows: Row[] }) {
  return (
    <DataList className="dwb-data-list">
      {rows.map(([key, value]) => (
        <DataListItem key={key}>
          <DataListKey>{key}</DataListKey>
          <DataListValue>{value}</DataListValue>
        </DataListItem>
      ))}
    </DataList>
  );
}

function useFactRows(facts: Facts): Row[] {
  const { t } = useTranslation();
  const none = t('common.none');
  const text = (value: string | null | undefined) => (value ? value : none);
  const date = (value: string | null) => (value ? <CalendarDate value={value} /> : none);
  switch (facts.kind) {
    case 'person':
      return [
        [t('registry.fields.givenNames'), text(facts.givenNames)],
        [t('registry.fields.surnamePrefix'), text(facts.surnamePrefix)],
        [t('registry.fields.surname'), text(facts.surname)],
        [t('registry.fields.dateOfBirth'), date(facts.dateOfBirth)],
        [t('registry.profile.bsn'), facts.bsnMasked ? <span className="dwb-code">{facts.bsnMasked}</span> : none],
        [t('registry.fields.aliases'), facts.aliases.length > 0 ? facts.aliases.join(', ') : none],
      ];
    case 'organisation':
      return [
        [t('registry.fields.kvkNumber'), <span className="dwb-code">{facts.kvkNumber}</span>],
        [t('registry.fields.establishmentNumber'), facts.establishmentNumber ? <span className="dwb-code">{facts.establishmentNumber}</span> : none],
        [t('registry.fields.name'), facts.name],
        [t('registry.fields.tradeNames'), facts.tradeNames.length > 0 ? facts.tradeNames.join(', ') : none],
        [t('registry.fields.legalForm'), text(facts.legalForm)],
        [
          t('registry.fields.sbiCode'),
          facts.sbiCode ? (
            <>
              {[facts.sbiCode, facts.sbiDescription].filter(Boolean).join(' – ')}
              {facts.riskSector && (
                <>
                  {' '}
                  <RiskBadge />
                </>
              )}
            </>
          ) : (
            none
          ),
        ],
        [t('registry.fields.registeredOn'), date(facts.registeredOn)],
        [t('registry.fields.endedOn'), date(facts.endedOn)],
      ];
    case 'address': {
      const number = `${facts.houseNumber}${facts.houseLetter}${facts.addition ? `-${facts.addition}` : ''}`;
      return [
        [t('registry.fields.street'), text(facts.street)],
        [t('registry.fields.houseNumber'), number],
        [t('registry.fields.postcode'), facts.postcode],
        [t('registry.fields.place'), text(facts.place)],
        [t('registry.fields.premisesType'), premisesLabel(t, facts.premisesType)],
        [t('registry.fields.wijk'), facts.wijkCode ? `${facts.wijkName ?? facts.wijkCode} (${facts.wijkCode})` : none],
        [t('registry.profile.buurt'), facts.buurtCode ? `${facts.buurtName ?? facts.buurtCode} (${facts.buurtCode})` : none],
        [t('registry.profile.areaSource'), t(`registry.profile.areaSources.${facts.areaSource}`)],
        [t('registry.fields.bagId'), facts.bagId ? <span className="dwb-code">{facts.bagId}</span> : none],
        [t('registry.profile.coordinates'), facts.lat !== null && facts.lon !== null ? `${facts.lat.toFixed(6)}, ${facts.lon.toFixed(6)}` : none],
      ];
    }
    case 'vehicle':
      return [
        [t('registry.fields.plate'), <span className="dwb-code">{facts.plate}</span>],
        [t('registry.fields.description'), text(facts.description)],
      ];
    case 'bank_account':
      return [
        [t('registry.profile.iban'), <span className="dwb-code">{facts.ibanMasked}</span>],
        [t('registry.fields.holderName'), text(facts.holderName)],
        [t('registry.profile.country'), text(facts.country)],
        [t('registry.profile.bankCode'), text(facts.bankCode)],
      ];
  }
}

/** The facts of a subject as a definition list; the BSN and the IBAN only masked. */
export function SubjectFacts({ subject }: { subject: SubjectDetail }) {
  return <Rows rows={useFactRows(subject.facts)} />;
}

/** Where the facts come from, who recorded them, and how confidential they are. */
export function SubjectProvenance({ subject }: { subject: SubjectDetail }) {
  const { t } = useTranslation();
  const none = t('common.none');
  return (
    <Rows
      rows={[
        [t('registry.fields.source'), subject.source || none],
        [t('registry.fields.sourceDate'), subject.sourceDate ? <CalendarDate value={subject.sourceDate} /> : none],
        [t('registry.profile.recordedBy'), subject.recordedBy ?? none],
        [t('registry.profile.recordedAt'), <DateTime value={subject.recordedAt} />],
        [t('registry.fields.confidentiality'), confidentialityLabel(t, subject.confidentiality)],
      ]}
    />
  );
}
