import {
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
} from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useApiResource } from '../../../api/useApiResource';
import { paths } from '../../../app/paths';
import { DateTime } from '../../../components/DateTime';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { fieldId } from '../../../components/fieldErrors';
import { FormErrorSummary } from '../../../components/FormErrorSummary';
import { Loading } from '../../../components/Loading';
import { PageTitle } from '../../../components/PageTitle';
import { RouterLink } from '../../../components/RouterLink';
import { SelectField } from '../../../components/SelectField';
import { TableScroll } from '../../../components/TableScroll';
import { useFormSubmission } from '../../../components/useFormSubmission';
import { IMPORT_KINDS, IMPORT_MODES, isConfidentialityLevel, type ConfidentialityLevel, type ImportKind, type ImportMode } from '../../../domain/vocabulary';
import { fetchImports, startImport, type ImportView } from '../api';
import { FileField } from '../components/FileField';
import { RadioGroupField } from '../components/RadioGroupField';
import { importKindLabel, importModeLabel, importStatusLabel } from '../labels';
import { confidentialityOptions } from '../options';

const FORM_ID = 'import';

function ImportForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [kind, setKind] = useState<ImportKind>('organisations');
  const [mode, setMode] = useState<ImportMode>('all_or_nothing');
  const [confidentiality, setConfidentiality] = useState<ConfidentialityLevel>('intern');
  const [file, setFile] = useState<File | null>(null);
  const form = useFormSubmission();

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    await form.submit({ file: file ? undefined : t('registry.imports.fileRequired') }, async () => {
      if (!file) {
        return;
      }
      const started = await startImport({ kind, mode, confidentiality, file });
      await navigate(paths.importDetail(started.id));
    });
  };

  return (
    <>
      <FormErrorSummary
        formId={FORM_ID}
        error={form.error}
        fieldErrors={form.fieldErrors}
        fields={{
          kind: t('registry.imports.kind'),
          mode: t('registry.imports.mode'),
          confidentiality: t('registry.imports.confidentiality'),
          file: t('registry.imports.file'),
        }}
      />
      <form className="utrecht-form dwb-form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <RadioGroupField
          id={fieldId(FORM_ID, 'kind')}
          name="kind"
          legend={t('registry.imports.kind')}
          value={kind}
          options={IMPORT_KINDS.map((value) => ({ value, label: importKindLabel(t, value), description: t(`registry.imports.kindHints.${value}`) }))}
          onChange={(value) => setKind(IMPORT_KINDS.find((item) => item === value) ?? 'organisations')}
          error={form.fieldErrors.kind}
        />
        <RadioGroupField
          id={fieldId(FORM_ID, 'mode')}
          name="mode"
          legend={t('registry.imports.mode')}
          value={mode}
          options={IMPORT_MODES.map((value) => ({ value, label: importModeLabel(t, value), description: t(`registry.imports.modeHints.${value}`) }))}
          onChange={(value) => setMode(IMPORT_MODES.find((item) => item === value) ?? 'all_or_nothing')}
          error={form.fieldErrors.mode}
        />
        <SelectField
          id={fieldId(FORM_ID, 'confidentiality')}
          name="confidentiality"
          label={t('registry.imports.confidentiality')}
          value={confidentiality}
          options={confidentialityOptions(t)}
          onChange={(value) => setConfidentiality(isConfidentialityLevel(value) ? value : 'intern')}
          error={form.fieldErrors.confidentiality}
        />
        <FileField
          id={fieldId(FORM_ID, 'file')}
          name="file"
          label={t('registry.imports.file')}
          description={t('registry.imports.fileHint')}
          accept=".csv,.txt,.ndjson,.jsonl,text/csv,text/plain,application/x-ndjson"
          onChange={setFile}
          error={form.fieldErrors.file}
          required
        />
        <PrimaryActionButton type="submit" busy={form.busy}>
          {t('registry.imports.submit')}
        </PrimaryActionButton>
      </form>
    </>
  );
}

function ImportsTable({ imports }: { imports: readonly ImportView[] }) {
  const { t } = useTranslation();
  const caption = t('registry.imports.listCaption');
  const sorted = [...imports].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <TableScroll label={caption}>
      <Table className="dwb-table">
        <TableCaption className="dwb-table-caption">{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('registry.imports.columns.file')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('registry.imports.columns.kind')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('registry.imports.columns.mode')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('registry.imports.columns.status')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('registry.imports.columns.rows')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('registry.imports.columns.createdAt')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {sorted.map((item) => (
            <TableRow key={item.id}>
              <TableHeaderCell scope="row" className="dwb-row-header">
                <RouterLink to={paths.importDetail(item.id)}>{item.filename}</RouterLink>
              </TableHeaderCell>
              <TableCell>{importKindLabel(t, item.kind)}</TableCell>
              <TableCell>{importModeLabel(t, item.mode)}</TableCell>
              <TableCell>{importStatusLabel(t, item.status)}</TableCell>
              <TableCell>{t('registry.imports.rows', { total: item.rowsTotal, invalid: item.rowsInvalid })}</TableCell>
              <TableCell>
                <DateTime value={item.createdAt} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}

/** "Importeren": upload a file of organisations or addresses, and the user's earlier imports. */
export function ImportsPage() {
  const { t } = useTranslation();
  const imports = useApiResource((signal) => fetchImports(signal), []);
  return (
    <>
      <Paragraph>
        <RouterLink to={paths.registry}>{t('registry.profile.back')}</RouterLink>
      </Paragraph>
      <PageTitle>{t('registry.imports.title')}</PageTitle>
      <Paragraph lead>{t('registry.imports.intro')}</Paragraph>
      <section aria-labelledby="import-form-heading" className="dwb-section">
        <Heading2 id="import-form-heading">{t('registry.imports.formHeading')}</Heading2>
        <ImportForm />
      </section>
      <section aria-labelledby="import-list-heading" className="dwb-section">
        <Heading2 id="import-list-heading">{t('registry.imports.listHeading')}</Heading2>
        {imports.loading && !imports.data && <Loading />}
        {imports.error !== null && <ErrorAlert error={imports.error} />}
        {imports.data && (imports.data.length === 0 ? <Paragraph>{t('registry.imports.empty')}</Paragraph> : <ImportsTable imports={imports.data} />)}
      </section>
    </>
  );
}
