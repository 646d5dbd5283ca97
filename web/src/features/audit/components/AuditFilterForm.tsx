import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateRangeFields, validateDateRange } from '../../../components/DateRangeFields';
import type { FieldErrors } from '../../../components/fieldErrors';
import { hasErrors } from '../../../components/fieldErrors';
import { FilterForm } from '../../../components/FilterForm';
import { TextField } from '../../../components/TextField';
import type { AuditFilters } from '../api';

export const EMPTY_AUDIT_FILTERS: AuditFilters = { actor: '', objectType: '', objectId: '', from: '', to: '' };

interface AuditFilterFormProps {
  filters: AuditFilters;
  onSearch: (filters: AuditFilters) => void;
}

export function AuditFilterForm({ filters, onSearch }: AuditFilterFormProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<AuditFilters>(filters);
  const [errors, setErrors] = useState<FieldErrors>({});
  const set = (name: keyof AuditFilters) => (value: string) => setDraft((current) => ({ ...current, [name]: value }));

  const search = () => {
    const found = validateDateRange(t, draft);
    setErrors(found);
    if (!hasErrors(found)) {
      onSearch(draft);
    }
  };
  const clear = () => {
    setDraft(EMPTY_AUDIT_FILTERS);
    setErrors({});
    onSearch(EMPTY_AUDIT_FILTERS);
  };

  return (
    <FilterForm legend={t('audit.trail.filterLegend')} onSearch={search} onClear={clear}>
      <TextField
        id="audit-filter-actor"
        name="actor"
        label={t('audit.trail.actor')}
        value={draft.actor}
        onChange={set('actor')}
        autoComplete="off"
        spellCheck={false}
      />
      <TextField
        id="audit-filter-object-type"
        name="objectType"
        label={t('audit.trail.objectType')}
        value={draft.objectType}
        onChange={set('objectType')}
        autoComplete="off"
        spellCheck={false}
      />
      <TextField
        id="audit-filter-object-id"
        name="objectId"
        label={t('audit.trail.objectId')}
        value={draft.objectId}
        onChange={set('objectId')}
        autoComplete="off"
        spellCheck={false}
      />
      <DateRangeFields
        idPrefix="audit-filter"
        value={draft}
        errors={errors}
        fromLabel={t('audit.trail.from')}
        toLabel={t('audit.trail.to')}
        onChange={(range) => setDraft((current) => ({ ...current, ...range }))}
      />
    </FilterForm>
  );
}
