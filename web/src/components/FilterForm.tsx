import { Button, ButtonGroup, Fieldset, FieldsetLegend } from '@utrecht/component-library-react';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface FilterFormProps {
  legend: string;
  onSearch: () => void;
  onClear: () => void;
  children: ReactNode;
}

/** A fieldset of filter fields with "Zoeken" and "Filters wissen". */
export function FilterForm({ legend, onSearch, onClear, children }: FilterFormProps) {
  const { t } = useTranslation();
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSearch();
  };
  return (
    <form className="utrecht-form dwb-filters" noValidate onSubmit={onSubmit}>
      <Fieldset>
        <FieldsetLegend>{legend}</FieldsetLegend>
        <div className="dwb-filters__fields">{children}</div>
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button">
            {t('common.search')}
          </Button>
          <Button type="button" appearance="subtle-button" onClick={onClear}>
            {t('common.clearFilters')}
          </Button>
        </ButtonGroup>
      </Fieldset>
    </form>
  );
}
