import {
  Button,
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
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiResource } from '../../../api/useApiResource';
import { paths } from '../../../app/paths';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { PageTitle } from '../../../components/PageTitle';
import { RouterLink } from '../../../components/RouterLink';
import { SelectField } from '../../../components/SelectField';
import { StatusMessage } from '../../../components/StatusMessage';
import { TableScroll } from '../../../components/TableScroll';
import { useLanguage } from '../../../i18n/useLanguage';
import { fetchDuplicates, scanDuplicates, type DuplicatePair, type SubjectSummary } from '../api';
import { DuplicateActions } from '../components/DuplicateActions';
import { SubjectLink } from '../components/SubjectBits';
import { formatScore } from '../labels';

type DuplicateKind = 'person' | 'organisation';
const KINDS: readonly DuplicateKind[] = ['person', 'organisation'];

function Subject({ subject }: { subject: SubjectSummary }) {
  return (
    <>
      <SubjectLink subject={subject} />
      {subject.detail && <span className="dwb-cell-note">{subject.detail}</span>}
    </>
  );
}

function DuplicatesTable({
  pairs,
  onMerged,
  onDismissed,
}: {
  pairs: readonly DuplicatePair[];
  onMerged: () => void;
  onDismissed: (pair: DuplicatePair) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const caption = t('registry.duplicates.tableCaption');
  return (
    <TableScroll label={caption}>
      <Table className="dwb-table">
        <TableCaption className="dwb-table-caption">{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('registry.duplicates.columns.a')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('registry.duplicates.columns.b')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('registry.duplicates.columns.score')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('registry.duplicates.columns.reasons')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('registry.duplicates.columns.actions')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {pairs.map((pair) => (
            <TableRow key={pair.id}>
              <TableHeaderCell scope="row" className="dwb-row-header">
                <Subject subject={pair.a} />
              </TableHeaderCell>
              <TableCell>
                <Subject subject={pair.b} />
              </TableCell>
              <TableCell>{formatScore(pair.score, language)}</TableCell>
              <TableCell>
                {pair.reasons.length === 0 ? (
                  t('common.none')
                ) : (
                  <UnorderedList className="dwb-compact-list">
                    {pair.reasons.map((reason) => (
                      <UnorderedListItem key={reason}>{reason}</UnorderedListItem>
                    ))}
                  </UnorderedList>
                )}
              </TableCell>
              <TableCell>
                <DuplicateActions
                  pair={pair}
                  defaultSurvivorId={pair.a.id}
                  otherLabel={`${pair.a.label} – ${pair.b.label}`}
                  onMerged={onMerged}
                  onDismissed={onDismissed}
                />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}

/** "Mogelijke dubbelen": open pairs of persons or organisations, to merge or dismiss. */
export function DuplicatesPage() {
  const { t } = useTranslation();
  const [kind, setKind] = useState<DuplicateKind>('person');
  const pairs = useApiResource((signal) => fetchDuplicates(kind, signal), [kind]);
  const [message, setMessage] = useState<string | null>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  const [scanning, setScanning] = useState(false);
  const feedbackRef = useRef<HTMLDivElement>(null);

  const done = (text: string) => {
    setActionError(null);
    setMessage(text);
    window.setTimeout(() => feedbackRef.current?.focus(), 0);
  };

  const scan = async () => {
    if (scanning) {
      return;
    }
    setScanning(true);
    setMessage(null);
    setActionError(null);
    try {
      const result = await scanDuplicates(kind);
      setMessage(t('registry.duplicates.scanned', { count: result.found }));
      pairs.reload();
    } catch (caught) {
      setActionError(caught);
    } finally {
      setScanning(false);
    }
  };

  return (
    <>
      <Paragraph>
        <RouterLink to={paths.registry}>{t('registry.profile.back')}</RouterLink>
      </Paragraph>
      <PageTitle>{t('registry.duplicates.title')}</PageTitle>
      <Paragraph lead>{t('registry.duplicates.intro')}</Paragraph>
      <div className="dwb-toolbar">
        <SelectField
          id="duplicates-kind"
          name="kind"
          label={t('registry.duplicates.kind')}
          value={kind}
          options={KINDS.map((value) => ({ value, label: t(`registry.kindsPlural.${value}`) }))}
          onChange={(value) => {
            setMessage(null);
            setKind(value === 'organisation' ? 'organisation' : 'person');
          }}
        />
        <Button appearance="secondary-action-button" busy={scanning} onClick={() => void scan()}>
          {t('registry.duplicates.scan')}
        </Button>
      </div>
      <div ref={feedbackRef} tabIndex={-1} className="dwb-feedback">
        {message && <StatusMessage>{message}</StatusMessage>}
        {actionError !== null && <ErrorAlert error={actionError} />}
      </div>
      {pairs.loading && !pairs.data && <Loading />}
      {pairs.error !== null && <ErrorAlert error={pairs.error} />}
      {pairs.data &&
        (pairs.data.length === 0 ? (
          <Paragraph>{t('registry.duplicates.empty')}</Paragraph>
        ) : (
          <DuplicatesTable
            pairs={pairs.data}
            onMerged={() => {
              done(t('registry.merge.merged'));
              pairs.reload();
            }}
            onDismissed={(pair) => {
              done(t('registry.merge.dismissed'));
              pairs.setData((current) => current?.filter((item) => item.id !== pair.id));
            }}
          />
        ))}
    </>
  );
}
