import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FilterForm } from '../../../../components/FilterForm';
import { SelectField } from '../../../../components/SelectField';
import { CheckboxField } from '../../../registry/components/CheckboxField';
import { kindLabel, procedureLabel, remedyLabel } from '../labels';
import { DEFAULT_MEASURE_FILTERS, isStatusFilter, type MeasureFilters } from '../listQuery';
import { isOneOf, MEASURE_KINDS, PROCEDURE_STATUSES, REMEDY_STATUSES } from '../vocabulary';

interface MeasureFilterFormProps {
  filters: MeasureFilters;
  wijken: readonly { code: string; name: string }[];
  onSearch: (filters: MeasureFilters) => void;
}

/** The list's filters; "Zoeken" puts them in the URL (first page), "Filters wissen" goes back to the measures in progress. */
export function MeasureFilterForm({ filters, wijken, onSearch }: MeasureFilterFormProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<MeasureFilters>(filters);
  const set = <K extends keyof MeasureFilters>(name: K, value: MeasureFilters[K]) => setDraft((current) => ({ ...current, [name]: value }));

  const clear = () => {
    setDraft(DEFAULT_MEASURE_FILTERS);
    onSearch(DEFAULT_MEASURE_FILTERS);
  };

  const statusOptions = [
    { value: 'open', label: t('measures.list.statusOpen') },
    { value: 'all', label: t('measures.list.statusAll') },
    ...PROCEDURE_STATUSES.map((status) => ({ value: status, label: procedureLabel(t, status) })),
  ];

  return (
    <FilterForm legend={t('measures.list.filterLegend')} onSearch={() => onSearch({ ...draft, after: '' })} onClear={clear}>
      <SelectField
        id="measure-filter-status"
        name="status"
        label={t('measures.list.status')}
        value={draft.status}
        options={statusOptions}
        onChange={(value) => set('status', isStatusFilter(value) ? value : 'open')}
      />
      <SelectField
        id="measure-filter-remedy"
        name="remedyStatus"
        label={t('measures.list.remedyStatus')}
        value={draft.remedyStatus}
        emptyOption={t('measures.list.anyRemedy')}
        options={REMEDY_STATUSES.map((status) => ({ value: status, label: remedyLabel(t, status) }))}
        onChange={(value) => set('remedyStatus', isOneOf(REMEDY_STATUSES, value) ? value : '')}
      />
      <SelectField
        id="measure-filter-kind"
        name="kind"
        label={t('measures.list.kind')}
        value={draft.kind}
        emptyOption={t('measures.list.anyKind')}
        options={MEASURE_KINDS.map((kind) => ({ value: kind, label: kindLabel(t, kind) }))}
        onChange={(value) => set('kind', isOneOf(MEASURE_KINDS, value) ? value : '')}
      />
      <SelectField
        id="measure-filter-wijk"
        name="wijk"
        label={t('measures.list.wijk')}
        value={draft.wijk}
        emptyOption={t('measures.list.anyWijk')}
        options={wijken.map((wijk) => ({ value: wijk.code, label: wijk.name }))}
        onChange={(value) => set('wijk', value)}
      />
      <CheckboxField id="measure-filter-mine" name="mine" label={t('measures.list.mine')} checked={draft.mine} onChange={(checked) => set('mine', checked)} />
    </FilterForm>
  );
}
