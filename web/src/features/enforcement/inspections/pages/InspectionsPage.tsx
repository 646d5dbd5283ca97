import {
  Checkbox,
  FormField,
  FormLabel,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
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
import { TextField } from '../../../../components/TextField';
import { PERMISSIONS } from '../../../../domain/vocabulary';
import { useLanguage } from '../../../../i18n/useLanguage';
import { fetchChecklists, fetchInspections, INSPECTION_STATUSES, type ListItem, type ListQuery } from '../api';

const FILTER_KEYS = ['status', 'plannedFrom', 'plannedTo', 'mine'] as const;

function filtersOf(params: URLSearchParams): ListQuery {
  const query: ListQuery = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key);
    if (value) query[key] = value;
  }
  return query;
}

function InspectionsTable({ items, objectTypeName }: { items: readonly ListItem[]; objectTypeName: (code: string) => string }) {
  const { t } = useTranslation();
  const caption = t('inspections.tableCaption');
  return (
    <TableScroll label={caption}>
      <Table className="dwb-table">
        <TableCaption className="dwb-table-caption">{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('inspections.colNumber')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('inspections.colDate')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('inspections.colAddress')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('inspections.colObjectType')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('inspections.colStatus')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('inspections.colOutcome')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('inspections.colLead')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {items.map((item) => (
            <TableRow key={item.id}>
              <TableHeaderCell scope="row" className="dwb-row-header">
                <RouterLink to={paths.inspection(item.id)}>{item.number}</RouterLink>
              </TableHeaderCell>
              <TableCell>
                <CalendarDate value={item.plannedOn} />
              </TableCell>
              <TableCell>{item.addressLabel}</TableCell>
              <TableCell>{objectTypeName(item.objectType)}</TableCell>
              <TableCell>{t(`inspections.status.${item.status}`)}</TableCell>
              <TableCell>{item.outcome ? t(`inspections.outcome.${item.outcome}`) : t('inspections.none')}</TableCell>
              <TableCell>{item.lead.name}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}

/** "Controles": the inspections the user may see, by planned date, filtered through the URL. */
export function InspectionsPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { hasPermission } = useSession();
  const [params, setParams] = useSearchParams();
  const filters = filtersOf(params);
  const list = useApiResource((signal) => fetchInspections(filters, signal), [params.toString()]);
  const checklists = useApiResource((signal) => fetchChecklists(signal), []);
  const [draft, setDraft] = useState<ListQuery>(filters);
  const objectTypeName = (code: string) => checklists.data?.find((c) => c.objectType === code)?.name[language] ?? code;

  const search = () => {
    const next = new URLSearchParams();
    for (const key of FILTER_KEYS) {
      const value = draft[key];
      if (value) next.set(key, value);
    }
    setParams(next);
  };
  const clear = () => {
    setDraft({});
    setParams(new URLSearchParams());
  };

  return (
    <>
      <PageTitle>{t('inspections.title')}</PageTitle>
      <Paragraph lead>{t('inspections.intro')}</Paragraph>
      {hasPermission(PERMISSIONS.writeRecords) && (
        <nav aria-label={t('inspections.title')} className="dwb-task-links">
          <ul>
            <li>
              <RouterLink to={paths.inspectionNew}>{t('inspections.plan')}</RouterLink>
            </li>
          </ul>
        </nav>
      )}
      <FilterForm legend={t('inspections.filters')} onSearch={search} onClear={clear}>
        <SelectField
          id="inspection-filter-status"
          name="status"
          label={t('inspections.filterStatus')}
          value={draft.status ?? ''}
          emptyOption={t('inspections.allStatuses')}
          options={INSPECTION_STATUSES.map((status) => ({ value: status, label: t(`inspections.status.${status}`) }))}
          onChange={(status) => setDraft((d) => ({ ...d, status }))}
        />
        <TextField
          id="inspection-filter-from"
          name="plannedFrom"
          type="date"
          label={t('inspections.plannedFrom')}
          description={t('inspections.dateHint')}
          value={draft.plannedFrom ?? ''}
          onChange={(plannedFrom) => setDraft((d) => ({ ...d, plannedFrom }))}
        />
        <TextField
          id="inspection-filter-to"
          name="plannedTo"
          type="date"
          label={t('inspections.plannedTo')}
          description={t('inspections.dateHint')}
          value={draft.plannedTo ?? ''}
          onChange={(plannedTo) => setDraft((d) => ({ ...d, plannedTo }))}
        />
        <FormField
          type="checkbox"
          label={
            <FormLabel htmlFor="inspection-filter-mine" type="checkbox" checked={draft.mine === 'true'}>
              {t('inspections.mine')}
            </FormLabel>
          }
          input={
            <Checkbox
              id="inspection-filter-mine"
              name="mine"
              checked={draft.mine === 'true'}
              onChange={(event) => setDraft((d) => ({ ...d, mine: event.target.checked ? 'true' : '' }))}
            />
          }
        />
      </FilterForm>
      {list.loading && <Loading />}
      {list.error !== null && <ErrorAlert error={list.error} />}
      {checklists.error !== null && <ErrorAlert error={checklists.error} />}
      <div role="status" className="dwb-status-region">
        {list.data && !list.loading && <Paragraph>{t('inspections.count', { count: list.data.length })}</Paragraph>}
      </div>
      {list.data &&
        !list.loading &&
        (list.data.length === 0 ? <Paragraph>{t('inspections.empty')}</Paragraph> : <InspectionsTable items={list.data} objectTypeName={objectTypeName} />)}
    </>
  );
}
