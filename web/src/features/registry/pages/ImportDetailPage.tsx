import {
  Alert,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading2,
  Heading3,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { isApiError } from '../../../api/client';
import { useApiResource } from '../../../api/useApiResource';
import { paths } from '../../../app/paths';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { PageTitle } from '../../../components/PageTitle';
import { RouterLink } from '../../../components/RouterLink';
import { TableScroll } from '../../../components/TableScroll';
import { fetchImport, type ImportView } from '../api';
import { importProgress, isRunning, POLL_INTERVAL_MS, rowErrorLines } from '../imports';
import { importKindLabel, importModeLabel, importStatusLabel } from '../labels';

function Progress({ view }: { view: ImportView }) {
  const { t } = useTranslation();
  const progress = importProgress(view);
  return (
    <div className="dwb-progress">
      <label htmlFor="import-progress" className="utrecht-form-label">
        {t('registry.imports.detail.progressLabel')}
      </label>
      {progress.known ? (
        <progress id="import-progress" max={progress.total} value={progress.processed} className="dwb-progress__bar">
          {t('registry.imports.detail.progress', { processed: progress.processed, total: progress.total })}
        </progress>
      ) : (
        <progress id="import-progress" className="dwb-progress__bar" />
      )}
      <Paragraph>
        {progress.known
          ? t('registry.imports.detail.progress', { processed: progress.processed, total: progress.total })
          : t('registry.imports.detail.progressUnknown')}
      </Paragraph>
    </div>
  );
}

function Counts({ view }: { view: ImportView }) {
  const { t } = useTranslation();
  const rows: [string, number][] = [
    [t('registry.imports.detail.total'), view.rowsTotal],
    [t('registry.imports.detail.created'), view.rowsCreated],
    [t('registry.imports.detail.updated'), view.rowsUpdated],
    [t('registry.imports.detail.unchanged'), view.rowsUnchanged],
    [t('registry.imports.detail.invalid'), view.rowsInvalid],
  ];
  return (
    <DataList className="dwb-data-list">
      {rows.map(([key, value]) => (
        <DataListItem key={key}>
          <DataListKey>{key}</DataListKey>
          <DataListValue>{value}</DataListValue>
        </DataListItem>
      ))}
    </DataList>
  );
}

function Outcome({ view }: { view: ImportView }) {
  const { t } = useTranslation();
  if (view.status === 'refused') {
    return (
      <Alert type="error">
        <Paragraph>
          {view.problems.length > 0 || view.rowsInvalid === 0 || view.mode !== 'all_or_nothing'
            ? t('registry.imports.detail.refused')
            : t('registry.imports.detail.nothingWritten')}
        </Paragraph>
      </Alert>
    );
  }
  if (view.status === 'failed') {
    return (
      <Alert type="error">
        <Paragraph>{t('registry.imports.detail.failed')}</Paragraph>
      </Alert>
    );
  }
  return (
    <Alert type={view.rowsInvalid > 0 ? 'warning' : 'ok'}>
      <Paragraph>{t('registry.imports.detail.done')}</Paragraph>
    </Alert>
  );
}

function RowErrors({ view }: { view: ImportView }) {
  const { t } = useTranslation();
  const lines = rowErrorLines(view);
  const caption = t('registry.imports.detail.errorsCaption');
  if (lines.length === 0) {
    return <Paragraph>{t('registry.imports.detail.noErrors')}</Paragraph>;
  }
  return (
    <>
      {view.rowErrorsTruncated && (
        <Alert type="info">
          <Paragraph>{t('registry.imports.detail.truncated')}</Paragraph>
        </Alert>
      )}
      <TableScroll label={caption}>
        <Table className="dwb-table">
          <TableCaption className="dwb-table-caption">{caption}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('registry.imports.detail.errorColumns.line')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('registry.imports.detail.errorColumns.field')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('registry.imports.detail.errorColumns.message')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {lines.map((line, index) => (
              <TableRow key={`${line.line}-${line.field}-${index}`}>
                <TableHeaderCell scope="row" className="dwb-row-header">
                  {line.line}
                </TableHeaderCell>
                <TableCell>
                  <span className="dwb-code">{line.field || t('common.none')}</span>
                </TableCell>
                <TableCell>{line.message}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableScroll>
    </>
  );
}

function ImportReport({ view }: { view: ImportView }) {
  const { t } = useTranslation();
  const running = isRunning(view.status);
  return (
    <>
      <Paragraph>{t('registry.imports.detail.summary', { kind: importKindLabel(t, view.kind), mode: importModeLabel(t, view.mode) })}</Paragraph>
      {/* Polite live region: announces the status as it changes (not every row count). */}
      <Paragraph role="status" className="dwb-import-status">
        {t('registry.imports.detail.statusLine', { status: importStatusLabel(t, view.status) })}
      </Paragraph>
      {running ? (
        <Progress view={view} />
      ) : (
        <section aria-labelledby="import-result-heading" className="dwb-section">
          <Heading2 id="import-result-heading">{t('registry.imports.detail.resultHeading')}</Heading2>
          <Outcome view={view} />
          <Counts view={view} />
          {view.problems.length > 0 && (
            <>
              <Heading3>{t('registry.imports.detail.problemsHeading')}</Heading3>
              <UnorderedList>
                {view.problems.map((problem, index) => (
                  <UnorderedListItem key={`${problem.field}-${index}`}>
                    {problem.field ? `${problem.field}: ${problem.message}` : problem.message}
                  </UnorderedListItem>
                ))}
              </UnorderedList>
            </>
          )}
        </section>
      )}
      {!running && view.problems.length === 0 && (
        <section aria-labelledby="import-errors-heading" className="dwb-section">
          <Heading2 id="import-errors-heading">{t('registry.imports.detail.errorsHeading')}</Heading2>
          <RowErrors view={view} />
        </section>
      )}
    </>
  );
}

/** One import: progress while it runs (polled every second), then the result and the error report. */
export function ImportDetailPage() {
  const { t } = useTranslation();
  const { importId = '' } = useParams();
  const view = useApiResource((signal) => fetchImport(importId, signal), [importId]);
  const running = view.data ? isRunning(view.data.status) : false;
  const { reload, loading } = view;

  useEffect(() => {
    if (!running || loading) {
      return;
    }
    const timer = window.setTimeout(reload, POLL_INTERVAL_MS);
    return () => window.clearTimeout(timer);
  }, [running, loading, reload, view.data]);

  const title = view.data ? t('registry.imports.detail.documentTitle', { filename: view.data.filename }) : t('registry.imports.title');

  return (
    <>
      <Paragraph>
        <RouterLink to={paths.imports}>{t('registry.imports.detail.back')}</RouterLink>
      </Paragraph>
      <PageTitle>{title}</PageTitle>
      {view.loading && !view.data && <Loading />}
      {isApiError(view.error) && view.error.status === 404 ? (
        <Alert type="error">
          <Paragraph>{t('registry.imports.detail.notFound')}</Paragraph>
        </Alert>
      ) : (
        view.error !== null && <ErrorAlert error={view.error} />
      )}
      {view.data && <ImportReport view={view.data} />}
    </>
  );
}
