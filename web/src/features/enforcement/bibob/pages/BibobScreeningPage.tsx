import {
  Alert,
  Heading2,
  OrderedList,
  OrderedListItem,
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
import type { TFunction } from 'i18next';
import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router-dom';
import { isApiError } from '../../../../api/client';
import { useApiResource } from '../../../../api/useApiResource';
import { paths } from '../../../../app/paths';
import { CalendarDate, DateTime } from '../../../../components/DateTime';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { Loading } from '../../../../components/Loading';
import { PageTitle } from '../../../../components/PageTitle';
import { RouterLink } from '../../../../components/RouterLink';
import { StatusMessage } from '../../../../components/StatusMessage';
import { TableScroll } from '../../../../components/TableScroll';
import { formatDate } from '../../../../i18n/format';
import { useLanguage } from '../../../../i18n/useLanguage';
import { FactList, type FactRow } from '../../../signals/components/FactList';
import { FreeText } from '../../../signals/components/SignalBits';
import '../../../signals/signals.css';
import { LettersPanel } from '../../letters/LettersPanel';
import { fetchScreening, type BibobDetail, type DeadlineView, type Questionnaire } from '../api';
import { periodParts, stepProgress, suspensionKey } from '../bibobForm';
import { QuestionnaireForm } from '../components/QuestionnaireForm';
import { ExtensionForm, FindingsForm, StepForm } from '../components/ScreeningForms';

type OnChanged = (screening: BibobDetail, message: string) => void;

const QUESTIONNAIRE_EDITABLE = ['questionnaire', 'own_investigation', 'lbb_requested', 'lbb_advised'];
const FINDINGS_EDITABLE = ['own_investigation', 'lbb_requested', 'lbb_advised'];

function Section({ id, heading, children }: { id: string; heading: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="dwb-section">
      <Heading2 id={id}>{heading}</Heading2>
      {children}
    </section>
  );
}

function euros(amount: number, language: string): string {
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'nl-NL', { style: 'currency', currency: 'EUR' }).format(amount);
}

/** "8 weken en 28 dagen": a term in words. */
function periodWords(t: TFunction, period: string): string {
  const parts = periodParts(period);
  if (!parts) return period;
  const words = [
    parts.years ? t('bibob.periodYears', { count: parts.years }) : '',
    parts.months ? t('bibob.periodMonths', { count: parts.months }) : '',
    parts.weeks ? t('bibob.periodWeeks', { count: parts.weeks }) : '',
    parts.days ? t('bibob.periodDays', { count: parts.days }) : '',
  ].filter(Boolean);
  return words.length > 1 ? `${words.slice(0, -1).join(', ')} ${t('bibob.and')} ${words.at(-1)!}` : (words[0] ?? period);
}

function QuestionnaireFacts({ q }: { q: Questionnaire }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const none = t('bibob.none');
  const people = (list: Questionnaire['control']) =>
    list.length === 0 ? none : list.map((p) => `${p.name} (${p.role}${p.since ? `, ${formatDate(p.since, language)}` : ''})`).join('; ');
  const rows: FactRow[] = [
    [t('bibob.applicantKindLegend'), q.applicantKind ? t(`bibob.applicantKind.${q.applicantKind}`) : none],
    [t('bibob.kvkNumber'), q.kvkNumber ?? none],
    [t('bibob.legalFormLabel'), q.legalForm ? t(`bibob.legalForm.${q.legalForm}`) : none],
    [t('bibob.tradeName'), q.tradeName || none],
    [t('bibob.address'), q.address || none],
    ['BSN', q.bsnChecked ? t('bibob.bsnCheckedYes') : t('bibob.bsnCheckedNo')],
    [
      t('bibob.financiersLegend'),
      q.financiers.length === 0 ? none : q.financiers.map((f) => `${f.name}: ${euros(f.amount, language)} (${t(`bibob.financierKind.${f.kind}`)})`).join('; '),
    ],
    [t('bibob.controlLegend'), people(q.control)],
    [t('bibob.managementLegend'), people(q.management)],
    [t('bibob.financingLegend'), q.financing.length === 0 ? none : q.financing.map((f) => `${f.source}: ${euros(f.amount, language)}`).join('; ')],
    [t('bibob.receivedOn'), q.receivedOn ? <CalendarDate value={q.receivedOn} /> : none],
    [t('bibob.incompleteReason'), q.incomplete ? `${t(`bibob.incomplete.${q.incomplete.reason}`)}${q.incomplete.note ? `: ${q.incomplete.note}` : ''}` : none],
  ];
  return <FactList rows={rows} />;
}

function StepsList({ screening }: { screening: BibobDetail }) {
  const { t } = useTranslation();
  const words = { done: t('bibob.stepDone'), current: t('bibob.stepCurrent'), todo: t('bibob.stepTodo'), skipped: t('bibob.stepSkipped') };
  return (
    <OrderedList aria-label={t('bibob.stepsCaption')}>
      {stepProgress(screening.status, screening.lbb.requestedOn !== null).map((step) => (
        <OrderedListItem key={step.status} aria-current={step.state === 'current' ? 'step' : undefined}>
          {step.state === 'current' ? <strong>{t(`bibob.status.${step.status}`)}</strong> : t(`bibob.status.${step.status}`)}: {words[step.state]}
        </OrderedListItem>
      ))}
    </OrderedList>
  );
}

function DeadlinesTable({ number, deadlines }: { number: string; deadlines: DeadlineView[] }) {
  const { t } = useTranslation();
  const caption = t('bibob.deadlinesCaption');
  if (deadlines.length === 0) return <Paragraph>{t('bibob.noDeadlines')}</Paragraph>;
  return (
    <TableScroll label={caption}>
      <Table className="dwb-table">
        <TableCaption className="dwb-table-caption">
          {caption} ({number})
        </TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('bibob.colKind')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('bibob.colFrom')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('bibob.colPeriod')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('bibob.colDue')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('bibob.colDeadlineStatus')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('bibob.colReasons')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {deadlines.map((d) => (
            <TableRow key={d.id}>
              <TableHeaderCell scope="row" className="dwb-row-header">
                {d.kind === 'bibob_decision' || d.kind === 'bibob_lbb_advice' ? t(`bibob.deadlineKind.${d.kind}`) : d.kind}
              </TableHeaderCell>
              <TableCell>
                <CalendarDate value={d.from} />
              </TableCell>
              <TableCell>{periodWords(t, d.period)}</TableCell>
              <TableCell>
                <CalendarDate value={d.dueOn} />
              </TableCell>
              <TableCell>{t(`bibob.deadlineStatus.${d.status}`)}</TableCell>
              <TableCell>
                {d.reasons.length === 0 ? (
                  t('bibob.none')
                ) : (
                  <UnorderedList>
                    {d.reasons.map((r) => (
                      <UnorderedListItem key={`${r.rule}-${r.date}`}>{r.text}</UnorderedListItem>
                    ))}
                  </UnorderedList>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}

function HistoryTable({ screening }: { screening: BibobDetail }) {
  const { t } = useTranslation();
  const caption = t('bibob.historyCaption', { number: screening.number });
  const what = (h: BibobDetail['history'][number]) => {
    const event = ['created', 'transition', 'questionnaire', 'findings', 'lbb_extension'].includes(h.event)
      ? t(`bibob.event.${h.event as 'created' | 'transition' | 'questionnaire' | 'findings' | 'lbb_extension'}`)
      : h.event;
    return h.event === 'transition' && h.fromStatus ? `${event}: ${t(`bibob.status.${h.fromStatus}`)} → ${t(`bibob.status.${h.toStatus}`)}` : event;
  };
  return (
    <TableScroll label={caption}>
      <Table className="dwb-table">
        <TableCaption className="dwb-table-caption">{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('bibob.colWhen')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('bibob.colWhat')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('bibob.colWho')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('bibob.colNote')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {screening.history.map((h, index) => (
            <TableRow key={`${h.changedAt}-${index}`}>
              <TableCell>
                <DateTime value={h.changedAt} />
              </TableCell>
              <TableCell>{what(h)}</TableCell>
              <TableCell>{h.changedBy ?? t('bibob.none')}</TableCell>
              <TableCell>{h.note || t('bibob.none')}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}

function Sections({ screening, onChanged }: { screening: BibobDetail; onChanged: OnChanged }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const none = t('bibob.none');
  const s = screening;
  const facts: FactRow[] = [
    [t('bibob.permitType'), t(`bibob.permit.${s.permitType}`)],
    [t('bibob.applicantName'), s.subject ? `${s.applicantName} (${t('bibob.subjectFromRegistry', { label: s.subject.label })})` : s.applicantName],
    [t('bibob.establishmentLabel'), `${s.establishmentLabel}${s.wijkName ? ` (${s.wijkName})` : ''}`],
    [t('bibob.applicationReceivedOn'), <CalendarDate key="received" value={s.applicationReceivedOn} />],
    [t('bibob.colDecisionDue'), s.decisionDue ? <CalendarDate key="due" value={s.decisionDue} /> : none],
    [t('bibob.responsible'), s.responsible?.name ?? none],
    [t('bibob.confidentiality'), t(`confidentiality.${s.confidentiality}`)],
    [t('bibob.createdBy'), s.createdBy ?? none],
  ];
  const suspension = s.suspension;
  const lbbFacts: FactRow[] = s.lbb.requestedOn
    ? [
        [t('bibob.lbbRequestedOn'), <CalendarDate key="req" value={s.lbb.requestedOn} />],
        [t('bibob.lbbDue'), s.lbb.due ? <CalendarDate key="lbbdue" value={s.lbb.due} /> : none],
        [t('bibob.lbbAdvice'), s.lbb.advice ? t(`bibob.advice.${s.lbb.advice}`) : none],
        [t('bibob.lbbAdviceOn'), s.lbb.adviceOn ? <CalendarDate key="adv" value={s.lbb.adviceOn} /> : none],
        [t('bibob.lbbSummary'), s.lbb.summary || none],
      ]
    : [];
  return (
    <>
      {!s.canWrite && <Paragraph className="dwb-cell-note">{t('bibob.readOnly')}</Paragraph>}
      <Section id="bibob-facts-heading" heading={t('bibob.factsHeading')}>
        <FactList rows={facts} />
      </Section>

      <Section id="bibob-steps-heading" heading={t('bibob.stepsHeading')}>
        <StepsList screening={s} />
      </Section>

      <Section id="bibob-questionnaire-heading" heading={t('bibob.questionnaireHeading')}>
        <Paragraph>{t('bibob.questionnaireIntro')}</Paragraph>
        {s.questionnaire.applicantKind ? <QuestionnaireFacts q={s.questionnaire} /> : <Paragraph>{t('bibob.questionnaireEmpty')}</Paragraph>}
        {s.canWrite &&
          QUESTIONNAIRE_EDITABLE.includes(s.status) &&
          (s.questionnaire.applicantKind ? (
            // Recorded already: the form folds away, so the page stays readable.
            <details className="dwb-section">
              <summary>{t('bibob.editQuestionnaire')}</summary>
              <QuestionnaireForm key={s.history.length} screening={s} onChanged={onChanged} />
            </details>
          ) : (
            <QuestionnaireForm key={s.history.length} screening={s} onChanged={onChanged} />
          ))}
      </Section>

      <Section id="bibob-findings-heading" heading={t('bibob.findingsHeading')}>
        {s.canWrite && FINDINGS_EDITABLE.includes(s.status) ? (
          <FindingsForm screening={s} onChanged={onChanged} />
        ) : s.ownFindings ? (
          <FreeText text={s.ownFindings} />
        ) : (
          <Paragraph>{t('bibob.findingsEmpty')}</Paragraph>
        )}
      </Section>

      <Section id="bibob-lbb-heading" heading={t('bibob.lbbHeading')}>
        {s.lbb.requestedOn ? <FactList rows={lbbFacts} /> : <Paragraph>{t('bibob.lbbNotRequested')}</Paragraph>}
        {suspension && (
          <Paragraph>
            {t(`bibob.suspension${suspensionKey(suspension) === 'running' ? 'Running' : suspensionKey(suspension) === 'capped' ? 'Capped' : 'Ended'}`, {
              from: formatDate(suspension.from, language),
              until: suspension.until ? formatDate(suspension.until, language) : '',
              days: suspension.days,
            })}
          </Paragraph>
        )}
        {s.lbb.extended && <Paragraph>{t('bibob.lbbExtended')}</Paragraph>}
        {s.lbb.advice && (
          <Alert type="info">
            <Paragraph>{t('bibob.notBinding')}</Paragraph>
          </Alert>
        )}
        {s.canWrite && s.status === 'lbb_requested' && !s.lbb.extended && <ExtensionForm screening={s} onChanged={onChanged} />}
      </Section>

      <Section id="bibob-decision-heading" heading={t('bibob.decisionHeading')}>
        {s.decision ? (
          <FactList
            rows={[
              [t('bibob.decisionKind'), t(`bibob.decision.${s.decision.kind}`)],
              [t('bibob.decisionOn'), <CalendarDate key="on" value={s.decision.on} />],
              [t('bibob.conditions'), s.decision.conditions || none],
              [t('bibob.motivation'), s.decision.motivation || none],
              [t('bibob.measure'), s.decision.measure ? <RouterLink to={paths.measure(s.decision.measure.id)}>{s.decision.measure.number}</RouterLink> : none],
            ]}
          />
        ) : (
          <Paragraph>{t('bibob.decisionNone')}</Paragraph>
        )}
      </Section>

      <Section id="bibob-deadlines-heading" heading={t('bibob.deadlinesHeading')}>
        <DeadlinesTable number={s.number} deadlines={s.deadlines} />
      </Section>

      <Section id="bibob-step-heading" heading={t('bibob.stepHeading')}>
        <Paragraph>{t('bibob.stepCurrentStatus', { status: t(`bibob.status.${s.status}`) })}</Paragraph>
        {s.allowedTransitions.length === 0 ? (
          <Paragraph>{t('bibob.stepFinal')}</Paragraph>
        ) : (
          s.canWrite && <StepForm key={s.status} screening={s} onChanged={onChanged} />
        )}
      </Section>

      <LettersPanel recordType="bibob_screening" recordId={s.id} canWrite={s.canWrite} />

      <Section id="bibob-history-heading" heading={t('bibob.historyHeading')}>
        <HistoryTable screening={s} />
      </Section>
    </>
  );
}

function Screening({ screeningId }: { screeningId: string }) {
  const { t } = useTranslation();
  const location = useLocation();
  const screening = useApiResource((abort) => fetchScreening(screeningId, abort), [screeningId]);
  const [message, setMessage] = useState<string | null>((location.state as { message?: string } | null)?.message ?? null);
  const feedbackRef = useRef<HTMLDivElement>(null);

  const onChanged: OnChanged = (updated, text) => {
    screening.setData(() => updated);
    setMessage(text);
    // The control that was used may be gone now; continue from the outcome.
    window.setTimeout(() => feedbackRef.current?.focus(), 0);
  };

  const data = screening.data;
  return (
    <>
      <Paragraph>
        <RouterLink to={paths.bibob}>{t('bibob.back')}</RouterLink>
      </Paragraph>
      <PageTitle>{data ? t('bibob.detailTitle', { number: data.number }) : t('bibob.title')}</PageTitle>
      {data && (
        <Paragraph lead>
          {data.applicantName} · {t(`bibob.permit.${data.permitType}`)} · {t(`bibob.status.${data.status}`)}
        </Paragraph>
      )}
      <div ref={feedbackRef} tabIndex={-1} className="dwb-feedback">
        {message && <StatusMessage>{message}</StatusMessage>}
      </div>
      {screening.loading && !data && <Loading />}
      {isApiError(screening.error) && screening.error.status === 404 ? (
        <Alert type="error">
          <Paragraph>{t('bibob.notFound')}</Paragraph>
        </Alert>
      ) : (
        screening.error !== null && <ErrorAlert error={screening.error} />
      )}
      {data && <Sections screening={data} onChanged={onChanged} />}
    </>
  );
}

/** One Bibob screening: application, steps, questionnaire, own investigation, LBB advice, decision, deadlines, letters and history. */
export function BibobScreeningPage() {
  const { id = '' } = useParams();
  return <Screening key={id} screeningId={id} />;
}
