import {
  Button,
  ButtonGroup,
  Heading2,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router-dom';
import { useApiResource } from '../../../../api/useApiResource';
import { paths } from '../../../../app/paths';
import { useSession } from '../../../../app/session';
import { CalendarDate } from '../../../../components/DateTime';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { Loading } from '../../../../components/Loading';
import { PageTitle } from '../../../../components/PageTitle';
import { RouterLink } from '../../../../components/RouterLink';
import { StatusMessage } from '../../../../components/StatusMessage';
import { TableScroll } from '../../../../components/TableScroll';
import { PERMISSIONS } from '../../../../domain/vocabulary';
import { assignRegisseur, fetchTrajectories, type ListItem, type Scope } from '../api';
import { phaseLabel } from '../labels';
import '../trajectories.css';

const PAGE_SIZE = 25;

function ReviewDate({ item }: { item: ListItem }) {
  const { t } = useTranslation();
  if (!item.nextReviewDue) return <>{t('careers.none')}</>;
  return (
    <>
      <CalendarDate value={item.nextReviewDue} />
      {item.reviewOverdue && <span className="dwb-overdue"> ({t('careers.overdue')})</span>}
    </>
  );
}

function CaseloadTable({
  items,
  caption,
  scope,
  onTakeOn,
}: {
  items: readonly ListItem[];
  caption: string;
  scope: Scope;
  onTakeOn?: (item: ListItem) => void;
}) {
  const { t } = useTranslation();
  const queue = scope === 'queue';
  return (
    <TableScroll label={caption}>
      <Table className="dwb-table">
        <TableCaption className="dwb-table-caption">{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('careers.colNumber')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('careers.colName')}</TableHeaderCell>
            {queue ? (
              <>
                <TableHeaderCell scope="col">{t('careers.colReferredOn')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('careers.colWijk')}</TableHeaderCell>
                {onTakeOn && <TableHeaderCell scope="col">{t('careers.takeOn')}</TableHeaderCell>}
              </>
            ) : (
              <>
                <TableHeaderCell scope="col">{t('careers.colPhase')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('careers.colNextReview')}</TableHeaderCell>
                <TableHeaderCell scope="col" className="dwb-number">
                  {t('careers.colOpenActions')}
                </TableHeaderCell>
                {scope === 'team' && <TableHeaderCell scope="col">{t('careers.colRegisseur')}</TableHeaderCell>}
              </>
            )}
          </TableRow>
        </TableHeader>
        <TableBody>
          {items.map((item) => (
            <TableRow key={item.id}>
              <TableHeaderCell scope="row" className="dwb-row-header">
                <RouterLink to={paths.trajectory(item.id)}>{item.number}</RouterLink>
              </TableHeaderCell>
              <TableCell>{item.name}</TableCell>
              {queue ? (
                <>
                  <TableCell>
                    <CalendarDate value={item.referredOn} />
                  </TableCell>
                  <TableCell>{item.wijkCode ?? t('careers.none')}</TableCell>
                  {onTakeOn && (
                    <TableCell>
                      <Button
                        appearance="secondary-action-button"
                        aria-label={t('careers.takeOnLabel', { number: item.number })}
                        onClick={() => onTakeOn(item)}
                      >
                        {t('careers.takeOn')}
                      </Button>
                    </TableCell>
                  )}
                </>
              ) : (
                <>
                  <TableCell>{phaseLabel(t, item.phase)}</TableCell>
                  <TableCell>
                    <ReviewDate item={item} />
                  </TableCell>
                  <TableCell className="dwb-number">{item.openActions}</TableCell>
                  {scope === 'team' && <TableCell>{item.regisseur?.name ?? t('careers.none')}</TableCell>}
                </>
              )}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}

function CaseloadSection({
  scope,
  title,
  intro,
  empty,
  reloadKey,
  onTakeOn,
}: {
  scope: Scope;
  title: string;
  intro?: string;
  empty: string;
  reloadKey: number;
  onTakeOn?: (item: ListItem) => void;
}) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const list = useApiResource((signal) => fetchTrajectories({ scope, page, pageSize: PAGE_SIZE }, signal), [scope, page, reloadKey]);
  const headingId = `caseload-${scope}-heading`;
  const pages = list.data ? Math.max(1, Math.ceil(list.data.total / PAGE_SIZE)) : 1;
  return (
    <section aria-labelledby={headingId} className="dwb-signal-section">
      <Heading2 id={headingId}>{title}</Heading2>
      {intro && <Paragraph>{intro}</Paragraph>}
      {list.loading && !list.data && <Loading />}
      {list.error !== null && <ErrorAlert error={list.error} />}
      {list.data &&
        (list.data.total === 0 ? (
          <Paragraph>{empty}</Paragraph>
        ) : (
          <>
            <Paragraph>{t('careers.count', { count: list.data.total })}</Paragraph>
            <CaseloadTable items={list.data.items} caption={title} scope={scope} {...(onTakeOn ? { onTakeOn } : {})} />
            {pages > 1 && (
              <nav aria-label={`${title}: ${t('careers.pageOf', { page, pages })}`}>
                <Paragraph>{t('careers.pageOf', { page, pages })}</Paragraph>
                <ButtonGroup>
                  {page > 1 && (
                    <Button appearance="secondary-action-button" onClick={() => setPage(page - 1)}>
                      {t('careers.previousPage')}
                    </Button>
                  )}
                  {page < pages && (
                    <Button appearance="secondary-action-button" onClick={() => setPage(page + 1)}>
                      {t('careers.nextPage')}
                    </Button>
                  )}
                </ButtonGroup>
              </nav>
            )}
          </>
        ))}
    </section>
  );
}

/** "Jongerenaanpak": the caseload of a regisseur and the intake queue, or the trajectories a partner is on the team of. */
export function CaseloadPage() {
  const { t } = useTranslation();
  const { session, hasPermission } = useSession();
  const regisseur = session?.user.role === 'pga_director';
  const [reloadKey, setReloadKey] = useState(0);
  const location = useLocation();
  const [notice, setNotice] = useState((location.state as { notice?: string } | null)?.notice ?? '');
  const [actionError, setActionError] = useState<unknown>(null);

  const takeOn = async (item: ListItem) => {
    if (!session) return;
    try {
      await assignRegisseur(item.id, session.user.id);
      setActionError(null);
      setNotice(t('careers.tookOn', { number: item.number }));
      setReloadKey((k) => k + 1);
    } catch (error) {
      setActionError(error);
    }
  };

  return (
    <>
      <PageTitle>{t('careers.title')}</PageTitle>
      <Paragraph lead>{t('careers.intro')}</Paragraph>
      <nav aria-label={t('careers.actions')} className="dwb-task-links">
        <ul>
          {hasPermission(PERMISSIONS.referCareers) && (
            <li>
              <RouterLink to={paths.referralNew}>{t('careers.refer')}</RouterLink>
            </li>
          )}
          <li>
            <RouterLink to={paths.caseConferences}>{t('careers.caseConferences')}</RouterLink>
          </li>
        </ul>
      </nav>
      {notice && <StatusMessage>{notice}</StatusMessage>}
      {actionError !== null && <ErrorAlert error={actionError} />}
      {regisseur ? (
        <>
          <CaseloadSection scope="mine" title={t('careers.mineTitle')} empty={t('careers.mineEmpty')} reloadKey={reloadKey} />
          <CaseloadSection
            scope="queue"
            title={t('careers.queueTitle')}
            intro={t('careers.queueIntro')}
            empty={t('careers.queueEmpty')}
            reloadKey={reloadKey}
            onTakeOn={(item) => void takeOn(item)}
          />
        </>
      ) : (
        <CaseloadSection scope="team" title={t('careers.teamTitle')} empty={t('careers.teamEmpty')} reloadKey={reloadKey} />
      )}
    </>
  );
}
