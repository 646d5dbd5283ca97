import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FilterForm } from '../../../components/FilterForm';
import { SelectField } from '../../../components/SelectField';
import { CheckboxField } from '../../registry/components/CheckboxField';
import { statusLabel } from '../labels';
import { DEFAULT_QUEUE_FILTERS, firstPageFilters, type QueueFilters } from '../queueQuery';
import { isOneOf, QUEUE_ASSIGNED_FILTERS, QUEUE_STATUS_FILTERS, SIGNAL_STATUSES } from '../vocabulary';

interface QueueFilterFormProps {
  filters: QueueFilters;
  categories: readonly { code: string; name: string }[];
  wijken: readonly { code: string; name: string }[];
  onSearch: (filters: QueueFilters) => void;
}

/** The queue's filters; "Zoeken" puts them in the URL (first page), "Filters wissen" goes back to the open signals. */
export function QueueFilterForm({ filters, categories, wijken, onSearch }: QueueFilterFormProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<QueueFilters>(filters);
  const set = <K extends keyof QueueFilters>(name: K, value: QueueFilters[K]) => setDraft((current) => ({ ...current, [name]: value }));

  const clear = () => {
    setDraft(DEFAULT_QUEUE_FILTERS);
    onSearch(DEFAULT_QUEUE_FILTERS);
  };

  const statusOptions = [
    { value: 'open', label: t('signals.queue.statusOpen') },
    { value: 'all', label: t('signals.queue.statusAll') },
    ...SIGNAL_STATUSES.map((status) => ({ value: status, label: statusLabel(t, status) })),
  ];
  const assignedOptions = [
    { value: 'any', label: t('signals.queue.assignedAny') },
    { value: 'me', label: t('signals.queue.assignedMe') },
    { value: 'unassigned', label: t('signals.queue.assignedUnassigned') },
  ];

  return (
    <FilterForm legend={t('signals.queue.filterLegend')} onSearch={() => onSearch(firstPageFilters(draft))} onClear={clear}>
      <SelectField
        id="signal-filter-status"
        name="status"
        label={t('signals.queue.status')}
        value={draft.status}
        options={statusOptions}
        onChange={(value) => set('status', isOneOf(QUEUE_STATUS_FILTERS, value) ? value : 'open')}
      />
      <SelectField
        id="signal-filter-category"
        name="category"
        label={t('signals.queue.category')}
        value={draft.category}
        emptyOption={t('signals.queue.anyCategory')}
        options={categories.map((category) => ({ value: category.code, label: category.name }))}
        onChange={(value) => set('category', value)}
      />
      <SelectField
        id="signal-filter-wijk"
        name="wijk"
        label={t('signals.queue.wijk')}
        value={draft.wijk}
        emptyOption={t('signals.queue.anyWijk')}
        options={wijken.map((wijk) => ({ value: wijk.code, label: wijk.name }))}
        onChange={(value) => set('wijk', value)}
      />
      <SelectField
        id="signal-filter-assigned"
        name="assigned"
        label={t('signals.queue.assigned')}
        value={draft.assigned}
        options={assignedOptions}
        onChange={(value) => set('assigned', isOneOf(QUEUE_ASSIGNED_FILTERS, value) ? value : 'any')}
      />
      <CheckboxField
        id="signal-filter-overdue"
        name="overdue"
        label={t('signals.queue.overdueOnly')}
        checked={draft.overdue}
        onChange={(checked) => set('overdue', checked)}
      />
    </FilterForm>
  );
}
