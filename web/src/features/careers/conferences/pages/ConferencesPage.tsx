import { Button, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useApiResource } from '../../../../api/useApiResource';
import { paths } from '../../../../app/paths';
import { useSession } from '../../../../app/session';
import { CalendarDate } from '../../../../components/DateTime';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { Loading } from '../../../../components/Loading';
import { PageTitle } from '../../../../components/PageTitle';
import { RouterLink } from '../../../../components/RouterLink';
import { SelectField } from '../../../../components/SelectField';
import { TableScroll } from '../../../../components/TableScroll';
import { PERMISSIONS } from '../../../../domain/vocabulary';
import { listConferences, type ConferenceStatus } from '../api';

function statusParam(value: string | null): ConferenceStatus | undefined {
  return value === 'planned' || value === 'held' ? value : undefined;
}

/** "Casusoverleg": the conferences the viewer may see, with the number of agenda items they may see. */
export function ConferencesPage() {
  const { t } = useTranslation();
  const { hasPermission } = useSession();
  const [params, setParams] = useSearchParams();
  const status = statusParam(params.get('status'));
  const [choice, setChoice] = useState<string>(status ?? '');
  const conferences = useApiResource((signal) => listConferences(status, signal), [status]);

  const onFilter = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setParams(choice ? { status: choice } : {});
  };

  return (
    <>
      <PageTitle>{t('conferences.title')}</PageTitle>
      <Paragraph lead>{t('conferences.intro')}</Paragraph>
      {hasPermission(PERMISSIONS.writeRecords) && (
        <Paragraph>
          <RouterLink to={paths.caseConferenceNew}>{t('conferences.newLink')}</RouterLink>
        </Paragraph>
      )}
      <form className="utrecht-form dwb-filter-form" role="search" onSubmit={onFilter}>
        <SelectField
          id="conference-status"
          name="status"
          label={t('conferences.filterLabel')}
          value={choice}
          emptyOption={t('conferences.filterAll')}
          options={[
            { value: 'planned', label: t('conferences.filterPlanned') },
            { value: 'held', label: t('conferences.filterHeld') },
          ]}
          onChange={setChoice}
        />
        <Button type="submit" appearance="secondary-action-button">
          {t('conferences.filterSubmit')}
        </Button>
      </form>
      {conferences.loading && !conferences.data && <Loading />}
      {conferences.error !== null && <ErrorAlert error={conferences.error} />}
      {conferences.data && conferences.data.conferences.length === 0 && <Paragraph>{t('conferences.empty')}</Paragraph>}
      {conferences.data && conferences.data.conferences.length > 0 && (
        <TableScroll label={t('conferences.caption')}>
          <Table className="dwb-table">
            <TableCaption className="dwb-table-caption">{t('conferences.caption')}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('conferences.columns.title')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('conferences.columns.number')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('conferences.columns.date')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('conferences.columns.chair')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('conferences.columns.items')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('conferences.columns.status')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {conferences.data.conferences.map((c) => (
                <TableRow key={c.id}>
                  <TableHeaderCell scope="row" className="dwb-row-header">
                    <RouterLink to={paths.caseConference(c.id)}>{c.title}</RouterLink>
                  </TableHeaderCell>
                  <TableCell>{c.number}</TableCell>
                  <TableCell>
                    <CalendarDate value={c.heldOn} />
                    {c.startsAt ? ` ${c.startsAt}` : ''}
                  </TableCell>
                  <TableCell>{c.chair.name}</TableCell>
                  <TableCell>{c.visibleItemCount}</TableCell>
                  <TableCell>{t(`conferences.status.${c.status}`)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableScroll>
      )}
    </>
  );
}
