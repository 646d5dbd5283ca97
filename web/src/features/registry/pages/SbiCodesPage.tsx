import {
  Button,
  Checkbox,
  FormFieldErrorMessage,
  FormLabel,
  Heading2,
  Paragraph,
  PrimaryActionButton,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Textbox,
} from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiResource } from '../../../api/useApiResource';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { fieldId } from '../../../components/fieldErrors';
import { FormErrorSummary } from '../../../components/FormErrorSummary';
import { Loading } from '../../../components/Loading';
import { PageTitle } from '../../../components/PageTitle';
import { TableScroll } from '../../../components/TableScroll';
import { TextField } from '../../../components/TextField';
import { useFormSubmission } from '../../../components/useFormSubmission';
import { fetchSbiCodes, updateSbiCode, type SbiCode } from '../api';
import { CheckboxField } from '../components/CheckboxField';
import { filterSbiCodes, isSbiCode } from '../sbi';

interface SbiRowProps {
  item: SbiCode;
  onSaved: (item: SbiCode) => void;
}

/** One code: its description and the risk-sector mark, saved on their own. */
function SbiRow({ item, onSaved }: SbiRowProps) {
  const { t } = useTranslation();
  const [description, setDescription] = useState(item.description);
  const [riskSector, setRiskSector] = useState(item.riskSector);
  const form = useFormSubmission();
  const descriptionId = `sbi-${item.code}-description`;
  const riskId = `sbi-${item.code}-risk`;
  const descriptionError = form.fieldErrors.description;

  const save = async () => {
    await form.submit({ description: description.trim() ? undefined : t('registry.sbi.descriptionRequired') }, async () => {
      onSaved(await updateSbiCode(item.code, { description: description.trim(), riskSector }));
    });
  };

  return (
    <TableRow>
      <TableHeaderCell scope="row" className="dwb-row-header">
        <span className="dwb-code">{item.code}</span>
      </TableHeaderCell>
      <TableCell>
        <FormLabel htmlFor={descriptionId} className="dwb-visually-hidden">
          {t('registry.sbi.descriptionOf', { code: item.code })}
        </FormLabel>
        <Textbox
          id={descriptionId}
          className="dwb-sbi-description"
          value={description}
          maxLength={300}
          invalid={Boolean(descriptionError)}
          aria-describedby={descriptionError ? `${descriptionId}-error` : undefined}
          onChange={(event) => setDescription(event.target.value)}
        />
        {descriptionError && <FormFieldErrorMessage id={`${descriptionId}-error`}>{descriptionError}</FormFieldErrorMessage>}
        {form.error !== null && !descriptionError && <ErrorAlert error={form.error} />}
      </TableCell>
      <TableCell>
        <Checkbox id={riskId} checked={riskSector} onChange={(event) => setRiskSector(event.target.checked)} />
        <FormLabel htmlFor={riskId} type="checkbox" className="dwb-visually-hidden">
          {t('registry.sbi.riskOf', { code: item.code })}
        </FormLabel>
      </TableCell>
      <TableCell>
        <Button appearance="secondary-action-button" busy={form.busy} onClick={() => void save()}>
          {t('registry.sbi.save')}
          <span className="dwb-visually-hidden">: {t('registry.sbi.saveOf', { code: item.code })}</span>
        </Button>
      </TableCell>
    </TableRow>
  );
}

const ADD_FORM_ID = 'sbi-add';

function AddSbiCodeForm({ onSaved }: { onSaved: (item: SbiCode) => void }) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const [description, setDescription] = useState('');
  const [riskSector, setRiskSector] = useState(false);
  const form = useFormSubmission();

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const clientErrors = {
      code: isSbiCode(code) ? undefined : t('registry.sbi.codeInvalid'),
      description: description.trim() ? undefined : t('registry.sbi.descriptionRequired'),
    };
    await form.submit(clientErrors, async () => {
      onSaved(await updateSbiCode(code.trim(), { description: description.trim(), riskSector }));
      setCode('');
      setDescription('');
      setRiskSector(false);
    });
  };

  return (
    <>
      <FormErrorSummary
        formId={ADD_FORM_ID}
        error={form.error}
        fieldErrors={form.fieldErrors}
        fields={{ code: t('registry.sbi.columns.code'), description: t('registry.sbi.columns.description') }}
      />
      <form className="utrecht-form dwb-form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <TextField
          id={fieldId(ADD_FORM_ID, 'code')}
          name="code"
          label={t('registry.sbi.columns.code')}
          description={t('registry.sbi.codeHint')}
          value={code}
          onChange={setCode}
          error={form.fieldErrors.code}
          inputMode="numeric"
          maxLength={5}
          autoComplete="off"
          required
        />
        <TextField
          id={fieldId(ADD_FORM_ID, 'description')}
          name="description"
          label={t('registry.sbi.columns.description')}
          value={description}
          onChange={setDescription}
          error={form.fieldErrors.description}
          maxLength={300}
          required
        />
        <CheckboxField
          id={fieldId(ADD_FORM_ID, 'riskSector')}
          name="riskSector"
          label={t('registry.sbi.columns.riskSector')}
          checked={riskSector}
          onChange={setRiskSector}
        />
        <PrimaryActionButton type="submit" busy={form.busy}>
          {t('registry.sbi.add')}
        </PrimaryActionButton>
      </form>
    </>
  );
}

/** "SBI-codes" (beheerder): mark codes as risk sector and correct their descriptions, one row at a time. */
export function SbiCodesPage() {
  const { t } = useTranslation();
  const codes = useApiResource((signal) => fetchSbiCodes(signal), []);
  const [filter, setFilter] = useState('');
  const [onlyRisk, setOnlyRisk] = useState(false);
  const [message, setMessage] = useState('');

  const onSaved = (saved: SbiCode) => {
    codes.setData((current) => {
      const rest = (current ?? []).filter((item) => item.code !== saved.code);
      return [...rest, saved].sort((a, b) => a.code.localeCompare(b.code));
    });
    setMessage(t('registry.sbi.saved', { code: saved.code }));
  };

  const shown = codes.data ? filterSbiCodes(codes.data, filter, onlyRisk) : [];
  const caption = t('registry.sbi.tableCaption');

  return (
    <>
      <PageTitle>{t('registry.sbi.title')}</PageTitle>
      <Paragraph lead>{t('registry.sbi.intro')}</Paragraph>
      <div role="status" className="dwb-sbi-status">
        {message && <Paragraph>{message}</Paragraph>}
      </div>
      {codes.loading && !codes.data && <Loading />}
      {codes.error !== null && <ErrorAlert error={codes.error} />}
      {codes.data && (
        <>
          <div className="dwb-toolbar">
            <TextField id="sbi-filter" name="filter" type="search" label={t('registry.sbi.filter')} value={filter} onChange={setFilter} autoComplete="off" />
            <CheckboxField id="sbi-only-risk" name="onlyRisk" label={t('registry.sbi.onlyRisk')} checked={onlyRisk} onChange={setOnlyRisk} />
          </div>
          <Paragraph>{t('registry.sbi.count', { count: shown.length })}</Paragraph>
          {shown.length === 0 ? (
            <Paragraph>{t('registry.sbi.empty')}</Paragraph>
          ) : (
            <TableScroll label={caption}>
              <Table className="dwb-table">
                <TableCaption className="dwb-table-caption">{caption}</TableCaption>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">{t('registry.sbi.columns.code')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('registry.sbi.columns.description')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('registry.sbi.columns.riskSector')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('registry.sbi.columns.action')}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {shown.map((item) => (
                    <SbiRow key={item.code} item={item} onSaved={onSaved} />
                  ))}
                </TableBody>
              </Table>
            </TableScroll>
          )}
        </>
      )}
      <section aria-labelledby="sbi-add-heading" className="dwb-section">
        <Heading2 id="sbi-add-heading">{t('registry.sbi.addHeading')}</Heading2>
        <AddSbiCodeForm onSaved={onSaved} />
      </section>
    </>
  );
}
