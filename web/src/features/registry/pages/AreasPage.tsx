import {
  Alert,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
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
import { useRef, useState, type FormEvent } from 'react';
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
import { fetchAreas, importAreas, type AreaImportResult, type AreaView } from '../api';
import { sortAreas } from '../areas';
import { FileField } from '../components/FileField';

const FORM_ID = 'area-import';

function AreasTable({ areas }: { areas: readonly AreaView[] }) {
  const { t } = useTranslation();
  const caption = t('registry.areas.tableCaption');
  const names = new Map(areas.map((area) => [area.code, area.name]));
  return (
    <TableScroll label={caption}>
      <Table className="dwb-table">
        <TableCaption className="dwb-table-caption">{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('registry.areas.columns.name')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('registry.areas.columns.code')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('registry.areas.columns.kind')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('registry.areas.columns.parent')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('registry.areas.columns.boundary')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {sortAreas(areas).map((area) => (
            <TableRow key={area.code} className={area.kind === 'buurt' ? 'dwb-row--nested' : undefined}>
              <TableHeaderCell scope="row" className="dwb-row-header">
                {area.name}
              </TableHeaderCell>
              <TableCell>
                <span className="dwb-code">{area.code}</span>
              </TableCell>
              <TableCell>{t(`registry.areas.kinds.${area.kind}`)}</TableCell>
              <TableCell>{area.parentCode ? (names.get(area.parentCode) ?? area.parentCode) : t('common.none')}</TableCell>
              <TableCell>{area.hasBoundary ? t('registry.yes') : t('registry.no')}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}

function ImportResult({ result }: { result: AreaImportResult }) {
  const { t } = useTranslation();
  const caption = t('registry.areas.skippedCaption');
  const rows: [string, string][] = [
    [t('registry.areas.wijken'), String(result.wijken)],
    [t('registry.areas.buurten'), String(result.buurten)],
    [t('registry.areas.converted'), t(`registry.areas.convertedValues.${result.converted}`)],
    [t('registry.areas.addressesAssigned'), String(result.addressesAssigned)],
  ];
  return (
    <section aria-labelledby="area-result-heading" className="dwb-section">
      <Heading2 id="area-result-heading">{t('registry.areas.resultHeading')}</Heading2>
      <Alert type={result.skipped.length > 0 ? 'warning' : 'ok'} role="status">
        <Paragraph>{t('registry.areas.imported')}</Paragraph>
      </Alert>
      <DataList className="dwb-data-list">
        {rows.map(([key, value]) => (
          <DataListItem key={key}>
            <DataListKey>{key}</DataListKey>
            <DataListValue>{value}</DataListValue>
          </DataListItem>
        ))}
      </DataList>
      {result.skipped.length === 0 ? (
        <Paragraph>{t('registry.areas.noneSkipped')}</Paragraph>
      ) : (
        <TableScroll label={caption}>
          <Table className="dwb-table">
            <TableCaption className="dwb-table-caption">{caption}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('registry.areas.skippedColumns.path')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('registry.areas.skippedColumns.message')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {result.skipped.map((item, index) => (
                <TableRow key={`${item.path}-${index}`}>
                  <TableHeaderCell scope="row" className="dwb-row-header">
                    <span className="dwb-code">{item.path}</span>
                  </TableHeaderCell>
                  <TableCell>{item.message}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableScroll>
      )}
    </section>
  );
}

function AreaImportForm({ onImported }: { onImported: (result: AreaImportResult) => void }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [gemeenteCode, setGemeenteCode] = useState('');
  const form = useFormSubmission();

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    await form.submit({ file: file ? undefined : t('registry.areas.fileRequired') }, async () => {
      if (file) {
        onImported(await importAreas(file, gemeenteCode));
      }
    });
  };

  return (
    <>
      <FormErrorSummary
        formId={FORM_ID}
        error={form.error}
        fieldErrors={form.fieldErrors}
        fields={{ file: t('registry.areas.file'), gemeenteCode: t('registry.areas.gemeenteCode') }}
      />
      <form className="utrecht-form dwb-form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <FileField
          id={fieldId(FORM_ID, 'file')}
          name="file"
          label={t('registry.areas.file')}
          description={t('registry.areas.fileHint')}
          accept=".geojson,.json,application/geo+json,application/json"
          onChange={setFile}
          error={form.fieldErrors.file}
          required
        />
        <TextField
          id={fieldId(FORM_ID, 'gemeenteCode')}
          name="gemeenteCode"
          label={t('registry.areas.gemeenteCode')}
          description={t('registry.areas.gemeenteCodeHint')}
          value={gemeenteCode}
          onChange={setGemeenteCode}
          error={form.fieldErrors.gemeenteCode}
          autoComplete="off"
          spellCheck={false}
          maxLength={6}
        />
        <PrimaryActionButton type="submit" busy={form.busy}>
          {t('registry.areas.submit')}
        </PrimaryActionButton>
      </form>
    </>
  );
}

/** "Gebieden" (beheerder): the wijken and buurten with whether their boundary is known, and a GeoJSON upload. */
export function AreasPage() {
  const { t } = useTranslation();
  const areas = useApiResource((signal) => fetchAreas(signal), []);
  const [result, setResult] = useState<AreaImportResult | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);

  return (
    <>
      <PageTitle>{t('registry.areas.title')}</PageTitle>
      <Paragraph lead>{t('registry.areas.intro')}</Paragraph>
      <section aria-labelledby="area-upload-heading" className="dwb-section">
        <Heading2 id="area-upload-heading">{t('registry.areas.uploadHeading')}</Heading2>
        <AreaImportForm
          onImported={(imported) => {
            setResult(imported);
            areas.reload();
            window.setTimeout(() => resultRef.current?.focus(), 0);
          }}
        />
      </section>
      <div ref={resultRef} tabIndex={-1} className="dwb-feedback">
        {result && <ImportResult result={result} />}
      </div>
      <section aria-labelledby="area-list-heading" className="dwb-section">
        <Heading2 id="area-list-heading">{t('registry.areas.tableCaption')}</Heading2>
        {areas.loading && !areas.data && <Loading />}
        {areas.error !== null && <ErrorAlert error={areas.error} />}
        {areas.data && (areas.data.length === 0 ? <Paragraph>{t('registry.areas.empty')}</Paragraph> : <AreasTable areas={areas.data} />)}
      </section>
    </>
  );
}
