import { Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useApiResource } from '../../../../api/useApiResource';
import { paths } from '../../../../app/paths';
import { useSession } from '../../../../app/session';
import { CalendarDate } from '../../../../components/DateTime';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { FilterForm } from '../../../../components/FilterForm';
import { Loading } from '../../../../components/Loading';
import { PageTitle } from '../../../../components/PageTitle';
import { RouterLink } from '../../../../components/RouterLink';
import { SelectField } from '../../../../components/SelectField';
import { TableScroll } from '../../../../components/TableScroll';
import { PERMISSIONS } from '../../../../domain/vocabulary';
import { CheckboxField } from '../../../registry/components/CheckboxField';
import { BIBOB_STATUSES, listScreenings, PERMIT_TYPES, type ListItem } from '../api';

interface Filters {
  status: string;
  permitType: string;
  mine: boolean;
}

function filtersOf(params: URLSearchParams): Filters {
  return { status: params.get('status') ?? 'open', permitType: params.get('permitType') ?? '', mine: params.get('mine') === 'true' };
}

function ScreeningsTable({ items }: { items: readonly ListItem[] }) {
  const { t } = useTranslation();
  const caption = t('bibob.tableCaption');
  return (
    <TableScroll label={caption}>
      <Table className="dwb-table">
        <TableCaption className="dwb-table-caption">{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('bibob.colNumber')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('bibob.colApplicant')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('bibob.colPermit')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('bibob.colEstablishment')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('bibob.colStatus')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('bibob.colDecisionDue')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('bibob.colLbbDue')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('bibob.colResponsible')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {items.map((item) => (
            <TableRow key={item.id}>
              <TableHeaderCell scope="row" className="dwb-row-header">
                <RouterLink to={paths.bibobScreening(item.id)}>{item.number}</RouterLink>
              </TableHeaderCell>
              <TableCell>{item.applicantName}</TableCell>
              <TableCell>{t(`bibob.permit.${item.permitType}`)}</TableCell>
              <TableCell>
                {item.establishmentLabel}
                {item.wijkName ? ` (${item.wijkName})` : ''}
              </TableCell>
              <TableCell>{t(`bibob.status.${item.status}`)}</TableCell>
              <TableCell>
                {item.decisionDue ? <CalendarDate value={item.decisionDue} /> : t('bibob.none')}
                {item.overdue && <strong> ({t('bibob.overdue')})</strong>}
              </TableCell>
              <TableCell>{item.lbbDue && item.status === 'lbb_requested' ? <CalendarDate value={item.lbbDue} /> : t('bibob.none')}</TableCell>
              <TableCell>{item.responsible?.name ?? t('bibob.none')}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}

/** "Bibob-screeningen": the screenings the user may see, earliest decision date first, filtered through the URL. */
export function BibobListPage() {
  const { t } = useTranslation();
  const { hasPermission } = useSession();
  const [params, setParams] = useSearchParams();
  const filters = filtersOf(params);
  const list = useApiResource((signal) => listScreenings(filters, signal), [params.toString()]);
  const [draft, setDraft] = useState<Filters>(filters);

  const search = () => {
    const next = new URLSearchParams();
    if (draft.status && draft.status !== 'open') next.set('status', draft.status);
    if (draft.permitType) next.set('permitType', draft.permitType);
    if (draft.mine) next.set('mine', 'true');
    setParams(next);
  };
  const clear = () => {
    setDraft({ status: 'open', permitType: '', mine: false });
    setParams(new URLSearchParams());
  };

  return (
    <>
      <PageTitle>{t('bibob.title')}</PageTitle>
      <Paragraph lead>{t('bibob.intro')}</Paragraph>
      {hasPermission(PERMISSIONS.writeRecords) && (
        <nav aria-label={t('bibob.title')} className="dwb-task-links">
          <ul>
            <li>
              <RouterLink to={paths.bibobNew}>{t('bibob.newLink')}</RouterLink>
            </li>
          </ul>
        </nav>
      )}
      <FilterForm legend={t('bibob.filters')} onSearch={search} onClear={clear}>
        <SelectField
          id="bibob-filter-status"
          name="status"
          label={t('bibob.filterStatus')}
          value={draft.status}
          options={[
            { value: 'open', label: t('bibob.openStatuses') },
            { value: 'all', label: t('bibob.allStatuses') },
            ...BIBOB_STATUSES.map((status) => ({ value: status, label: t(`bibob.status.${status}`) })),
          ]}
          onChange={(status) => setDraft((d) => ({ ...d, status }))}
        />
        <SelectField
          id="bibob-filter-permit"
          name="permitType"
          label={t('bibob.filterPermit')}
          value={draft.permitType}
          emptyOption={t('bibob.allPermits')}
          options={PERMIT_TYPES.map((type) => ({ value: type, label: t(`bibob.permit.${type}`) }))}
          onChange={(permitType) => setDraft((d) => ({ ...d, permitType }))}
        />
        <CheckboxField id="bibob-filter-mine" name="mine" label={t('bibob.mine')} checked={draft.mine} onChange={(mine) => setDraft((d) => ({ ...d, mine }))} />
      </FilterForm>
      {list.loading && <Loading />}
      {list.error !== null && <ErrorAlert error={list.error} />}
      <div role="status" className="dwb-status-region">
        {list.data && !list.loading && <Paragraph>{t('bibob.count', { count: list.data.length })}</Paragraph>}
      </div>
      {list.data && !list.loading && (list.data.length === 0 ? <Paragraph>{t('bibob.empty')}</Paragraph> : <ScreeningsTable items={list.data} />)}
    </>
  );
}
