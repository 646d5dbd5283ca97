import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FilterForm } from '../../../components/FilterForm';
import { SelectField } from '../../../components/SelectField';
import { TextField } from '../../../components/TextField';
import type { UserFilters } from '../api';
import { roleOptions } from '../options';

interface UserFilterFormProps {
  filters: UserFilters;
  onSearch: (filters: UserFilters) => void;
}

const EMPTY: UserFilters = { query: '', role: '', active: '' };

export function UserFilterForm({ filters, onSearch }: UserFilterFormProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<UserFilters>(filters);

  const clear = () => {
    setDraft(EMPTY);
    onSearch(EMPTY);
  };

  return (
    <FilterForm legend={t('admin.users.filterLegend')} onSearch={() => onSearch(draft)} onClear={clear}>
      <TextField
        id="user-filter-query"
        name="query"
        type="search"
        label={t('admin.users.query')}
        value={draft.query}
        onChange={(query) => setDraft((current) => ({ ...current, query }))}
        autoComplete="off"
      />
      <SelectField
        id="user-filter-role"
        name="role"
        label={t('admin.users.role')}
        value={draft.role}
        options={roleOptions(t)}
        emptyOption={t('admin.users.anyRole')}
        onChange={(role) => setDraft((current) => ({ ...current, role }))}
      />
      <SelectField
        id="user-filter-active"
        name="active"
        label={t('admin.users.status')}
        value={draft.active}
        options={[
          { value: 'true', label: t('admin.status.active') },
          { value: 'false', label: t('admin.status.inactive') },
        ]}
        emptyOption={t('admin.users.anyStatus')}
        onChange={(active) => setDraft((current) => ({ ...current, active: active === 'true' || active === 'false' ? active : '' }))}
      />
    </FilterForm>
  );
}
