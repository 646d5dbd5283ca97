import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateRangeFields, validateDateRange } from '../../../components/DateRangeFields';
import { hasErrors, type FieldErrors } from '../../../components/fieldErrors';
import { FilterForm } from '../../../components/FilterForm';
import { SelectField } from '../../../components/SelectField';
import { TextField } from '../../../components/TextField';
import { SUBJECT_TYPES, type ProcessingActivity, type ProcessingFilters } from '../api';

export const EMPTY_PROCESSING_FILTERS: ProcessingFilters = { subject: '', subjectType: 'user', activity: '', from: '', to: '' };

interface ProcessingFilterFormProps {
  filters: ProcessingFilters;
  activities: readonly ProcessingActivity[];
  onSearch: (filters: ProcessingFilters) => void;
}

export function ProcessingFilterForm({ filters, activities, onSearch }: ProcessingFilterFormProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<ProcessingFilters>(filters);
  const [errors, setErrors] = useState<FieldErrors>({});

  const search = () => {
    const found = validateDateRange(t, draft);
    setErrors(found);
    if (!hasErrors(found)) {
      onSearch(draft);
    }
  };
  const clear = () => {
    setDraft(EMPTY_PROCESSING_FILTERS);
    setErrors({});
    onSearch(EMPTY_PROCESSING_FILTERS);
  };

  return (
    <FilterForm legend={t('audit.processing.filterLegend')} onSearch={search} onClear={clear}>
      <TextField
        id="processing-filter-subject"
        name="subject"
        label={t('audit.processing.subject')}
        description={t('audit.processing.subjectHint')}
        value={draft.subject}
        onChange={(subject) => setDraft((current) => ({ ...current, subject }))}
        autoComplete="off"
        spellCheck={false}
      />
      <SelectField
        id="processing-filter-subject-type"
        name="subjectType"
        label={t('audit.processing.subjectType')}
        value={draft.subjectType}
        options={SUBJECT_TYPES.map((type) => ({ value: type, label: t(`audit.processing.subjectTypes.${type}`) }))}
        onChange={(subjectType) => setDraft((current) => ({ ...current, subjectType }))}
      />
      <SelectField
        id="processing-filter-activity"
        name="activity"
        label={t('audit.processing.activity')}
        value={draft.activity}
        options={activities.map((activity) => ({ value: activity.code, label: activity.name }))}
        emptyOption={t('audit.processing.anyActivity')}
        onChange={(activity) => setDraft((current) => ({ ...current, activity }))}
      />
      <DateRangeFields
        idPrefix="processing-filter"
        value={draft}
        errors={errors}
        fromLabel={t('audit.processing.from')}
        toLabel={t('audit.processing.to')}
        onChange={(range) => setDraft((current) => ({ ...current, ...range }))}
      />
    </FilterForm>
  );
}
