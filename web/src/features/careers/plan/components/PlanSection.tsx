import {
  Button,
  Fieldset,
  FieldsetLegend,
  Heading3,
  Heading4,
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
import { useApiResource } from '../../../../api/useApiResource';
import { CalendarDate } from '../../../../components/DateTime';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { fieldId } from '../../../../components/fieldErrors';
import { FormErrorSummary } from '../../../../components/FormErrorSummary';
import { Loading } from '../../../../components/Loading';
import { SelectField } from '../../../../components/SelectField';
import { StatusMessage } from '../../../../components/StatusMessage';
import { TableScroll } from '../../../../components/TableScroll';
import { TextareaField } from '../../../../components/TextareaField';
import { TextField } from '../../../../components/TextField';
import { useFormSubmission } from '../../../../components/useFormSubmission';
import { formatDate } from '../../../../i18n/format';
import { useLanguage } from '../../../../i18n/useLanguage';
import {
  createAction,
  createGoal,
  getPlan,
  GOAL_STATUSES,
  updateAction,
  updateGoal,
  type ActionView,
  type GoalStatus,
  type GoalView,
  type PlanView,
} from '../api';
import {
  emptyAction,
  emptyGoal,
  responsibleCandidates,
  toActionInput,
  toGoalInput,
  validateAction,
  validateGoal,
  type ActionValues,
  type GoalValues,
} from '../forms';
import { RestrictedNote, Section, useDomainName } from './Bits';

type Notify = (message: string) => void;

function ActionsTable({
  caption,
  actions,
  trajectoryId,
  canWrite,
  onChanged,
}: {
  caption: string;
  actions: readonly ActionView[];
  trajectoryId: string;
  canWrite: boolean;
  onChanged: Notify;
}) {
  const { t } = useTranslation();
  const [error, setError] = useState<unknown>(null);
  if (actions.length === 0) return <Paragraph>{t('careerPlan.plan.noActions')}</Paragraph>;
  const change = async (action: ActionView, status: 'done' | 'cancelled') => {
    setError(null);
    try {
      await updateAction(trajectoryId, action.id, { status });
      onChanged(status === 'done' ? t('careerPlan.plan.actionDone') : t('careerPlan.plan.actionCancelled'));
    } catch (caught) {
      setError(caught);
    }
  };
  return (
    <>
      {error !== null && <ErrorAlert error={error} />}
      <TableScroll label={caption}>
        <Table className="dwb-table">
          <TableCaption className="dwb-table-caption">{caption}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('careerPlan.plan.action')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('careerPlan.plan.responsible')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('careerPlan.plan.dueDate')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('careerPlan.plan.status')}</TableHeaderCell>
              {canWrite && <TableHeaderCell scope="col">{t('careerPlan.plan.change')}</TableHeaderCell>}
            </TableRow>
          </TableHeader>
          <TableBody>
            {actions.map((a) => (
              <TableRow key={a.id} className={a.overdue ? 'dwb-row--overdue' : undefined}>
                <TableHeaderCell scope="row" className="dwb-row-header">
                  {a.description}
                </TableHeaderCell>
                <TableCell>
                  {a.responsible.name} ({a.responsible.organisation})
                </TableCell>
                <TableCell>
                  <CalendarDate value={a.dueDate} />
                  {a.overdue && (
                    <>
                      {' '}
                      <strong className="dwb-overdue">{t('careerPlan.plan.overdue')}</strong>
                    </>
                  )}
                </TableCell>
                <TableCell>{t(`careerPlan.actionStatus.${a.status}`)}</TableCell>
                {canWrite && (
                  <TableCell>
                    {a.status === 'open' && (
                      <span style={{ display: 'inline-flex', gap: '0.5rem', flexWrap: 'wrap' }}>
                        <Button
                          appearance="secondary-action-button"
                          aria-label={t('careerPlan.plan.markDoneLabel', { action: a.description })}
                          onClick={() => void change(a, 'done')}
                        >
                          {t('careerPlan.plan.markDone')}
                        </Button>
                        <Button
                          appearance="subtle-button"
                          aria-label={t('careerPlan.plan.cancelLabel', { action: a.description })}
                          onClick={() => void change(a, 'cancelled')}
                        >
                          {t('careerPlan.plan.cancel')}
                        </Button>
                      </span>
                    )}
                  </TableCell>
                )}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableScroll>
    </>
  );
}

function GoalStatusForm({ trajectoryId, goal, onChanged }: { trajectoryId: string; goal: GoalView; onChanged: Notify }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<GoalStatus>(goal.status);
  const form = useFormSubmission();
  const formId = `career-goal-${goal.id}`;
  const label = t('careerPlan.plan.goalStatusLabel', { goal: goal.description });
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const ok = await form.submit({}, async () => {
      await updateGoal(trajectoryId, goal.id, { status });
    });
    if (ok) onChanged(t('careerPlan.plan.statusSaved'));
  };
  return (
    <>
      <FormErrorSummary formId={formId} error={form.error} fieldErrors={form.fieldErrors} fields={{ status: label }} />
      <form
        className="utrecht-form dwb-form"
        noValidate
        onSubmit={(event) => void onSubmit(event)}
        style={{ display: 'flex', gap: '1rem', alignItems: 'flex-end', flexWrap: 'wrap' }}
      >
        <SelectField
          id={fieldId(formId, 'status')}
          name="status"
          label={label}
          value={status}
          options={GOAL_STATUSES.map((s) => ({ value: s, label: t(`careerPlan.goalStatus.${s}`) }))}
          onChange={(value) => setStatus((GOAL_STATUSES as readonly string[]).includes(value) ? (value as GoalStatus) : 'open')}
          error={form.fieldErrors.status}
        />
        <PrimaryActionButton type="submit" aria-busy={form.busy || undefined}>
          {t('careerPlan.plan.saveStatus')}
        </PrimaryActionButton>
      </form>
    </>
  );
}

function GoalForm({ trajectoryId, plan, onChanged }: { trajectoryId: string; plan: PlanView; onChanged: Notify }) {
  const { t } = useTranslation();
  const domainName = useDomainName();
  const [values, setValues] = useState<GoalValues>(emptyGoal);
  const form = useFormSubmission();
  const formId = 'career-goal-new';
  const labels = {
    domainCode: t('careerPlan.goalForm.domain'),
    description: t('careerPlan.goalForm.description'),
    targetDate: t('careerPlan.goalForm.targetDate'),
  };
  const set = <K extends keyof GoalValues>(name: K, value: GoalValues[K]) => setValues((current) => ({ ...current, [name]: value }));
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const ok = await form.submit(
      validateGoal((key) => t(key as never), values),
      async () => {
        await createGoal(trajectoryId, toGoalInput(values));
      },
    );
    if (ok) {
      setValues(emptyGoal);
      onChanged(t('careerPlan.goalForm.done'));
    }
  };
  return (
    <section aria-labelledby={`${formId}-heading`}>
      <Heading3 id={`${formId}-heading`}>{t('careerPlan.goalForm.heading')}</Heading3>
      <FormErrorSummary formId={formId} error={form.error} fieldErrors={form.fieldErrors} fields={labels} />
      <form className="utrecht-form dwb-form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <Fieldset className="dwb-subfieldset">
          <FieldsetLegend>{t('careerPlan.goalForm.legend')}</FieldsetLegend>
          <div className="dwb-form__fields">
            <SelectField
              id={fieldId(formId, 'domainCode')}
              name="domainCode"
              label={labels.domainCode}
              value={values.domainCode}
              emptyOption={t('common.chooseOption')}
              options={plan.domains.filter((d) => d.visible).map((d) => ({ value: d.code, label: domainName(d, d.code) }))}
              onChange={(value) => set('domainCode', value)}
              error={form.fieldErrors.domainCode}
              required
            />
            <TextareaField
              id={fieldId(formId, 'description')}
              name="description"
              label={labels.description}
              description={t('careerPlan.goalForm.descriptionHint')}
              value={values.description}
              onChange={(value) => set('description', value)}
              error={form.fieldErrors.description}
              required
              rows={2}
              maxLength={2000}
            />
            <TextField
              id={fieldId(formId, 'targetDate')}
              name="targetDate"
              type="date"
              label={labels.targetDate}
              value={values.targetDate}
              onChange={(value) => set('targetDate', value)}
              error={form.fieldErrors.targetDate}
            />
          </div>
        </Fieldset>
        <PrimaryActionButton type="submit" aria-busy={form.busy || undefined}>
          {t('careerPlan.goalForm.submit')}
        </PrimaryActionButton>
      </form>
    </section>
  );
}

function ActionForm({ trajectoryId, plan, onChanged }: { trajectoryId: string; plan: PlanView; onChanged: Notify }) {
  const { t } = useTranslation();
  const domainName = useDomainName();
  const [values, setValues] = useState<ActionValues>(emptyAction);
  const form = useFormSubmission();
  const formId = 'career-action-new';
  const labels = {
    goalId: t('careerPlan.actionForm.goal'),
    description: t('careerPlan.actionForm.description'),
    responsibleUserId: t('careerPlan.actionForm.responsible'),
    dueDate: t('careerPlan.actionForm.dueDate'),
  };
  const set = <K extends keyof ActionValues>(name: K, value: ActionValues[K]) => setValues((current) => ({ ...current, [name]: value }));
  const domains = new Map(plan.domains.map((d) => [d.code, d]));
  const openGoals = plan.goalsByDomain.flatMap((d) => (d.restricted ? [] : d.goals.filter((g) => g.status === 'open')));
  const goal = openGoals.find((g) => g.id === values.goalId);
  const candidates = responsibleCandidates(plan.team, goal ? (domains.get(goal.domainCode)?.restrictedTo ?? []) : []);
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const name = plan.team.find((m) => m.userId === values.responsibleUserId)?.name ?? '';
    const ok = await form.submit(
      validateAction((key) => t(key as never), values),
      async () => {
        await createAction(trajectoryId, toActionInput(values));
      },
    );
    if (ok) {
      setValues(emptyAction);
      onChanged(t('careerPlan.actionForm.done', { name }));
    }
  };
  return (
    <section aria-labelledby={`${formId}-heading`}>
      <Heading3 id={`${formId}-heading`}>{t('careerPlan.actionForm.heading')}</Heading3>
      <FormErrorSummary formId={formId} error={form.error} fieldErrors={form.fieldErrors} fields={labels} />
      <form className="utrecht-form dwb-form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <Fieldset className="dwb-subfieldset">
          <FieldsetLegend>{t('careerPlan.actionForm.legend')}</FieldsetLegend>
          <div className="dwb-form__fields">
            <SelectField
              id={fieldId(formId, 'goalId')}
              name="goalId"
              label={labels.goalId}
              value={values.goalId}
              emptyOption={t('careerPlan.actionForm.noGoal')}
              options={openGoals.map((g) => ({ value: g.id, label: `${domainName(domains.get(g.domainCode), g.domainCode)}: ${g.description}` }))}
              onChange={(value) => {
                const next = openGoals.find((g) => g.id === value);
                const allowed = responsibleCandidates(plan.team, next ? (domains.get(next.domainCode)?.restrictedTo ?? []) : []);
                setValues((current) => ({
                  ...current,
                  goalId: value,
                  responsibleUserId: allowed.some((m) => m.userId === current.responsibleUserId) ? current.responsibleUserId : '',
                }));
              }}
              error={form.fieldErrors.goalId}
            />
            <TextareaField
              id={fieldId(formId, 'description')}
              name="description"
              label={labels.description}
              value={values.description}
              onChange={(value) => set('description', value)}
              error={form.fieldErrors.description}
              required
              rows={2}
              maxLength={2000}
            />
            <SelectField
              id={fieldId(formId, 'responsibleUserId')}
              name="responsibleUserId"
              label={labels.responsibleUserId}
              description={t('careerPlan.actionForm.responsibleHint')}
              value={values.responsibleUserId}
              emptyOption={t('common.chooseOption')}
              options={candidates.map((m) => ({ value: m.userId, label: `${m.name} (${m.organisation})` }))}
              onChange={(value) => set('responsibleUserId', value)}
              error={form.fieldErrors.responsibleUserId}
              required
            />
            <TextField
              id={fieldId(formId, 'dueDate')}
              name="dueDate"
              type="date"
              label={labels.dueDate}
              value={values.dueDate}
              onChange={(value) => set('dueDate', value)}
              error={form.fieldErrors.dueDate}
              required
            />
          </div>
        </Fieldset>
        <PrimaryActionButton type="submit" aria-busy={form.busy || undefined}>
          {t('careerPlan.actionForm.submit')}
        </PrimaryActionButton>
      </form>
    </section>
  );
}

/** "Plan van aanpak": goals per life domain with their actions, actions without a goal, and the forms. */
export function PlanSection({ trajectoryId, canWrite }: { trajectoryId: string; canWrite: boolean }) {
  const { t } = useTranslation();
  const domainName = useDomainName();
  const language = useLanguage();
  const plan = useApiResource((signal) => getPlan(trajectoryId, signal), [trajectoryId]);
  const [message, setMessage] = useState<string | null>(null);
  const changed: Notify = (text) => {
    setMessage(text);
    plan.reload();
  };
  const data = plan.data;
  const domains = new Map((data?.domains ?? []).map((d) => [d.code, d]));
  const anyGoals = data?.goalsByDomain.some((d) => !d.restricted) ?? false;
  return (
    <Section id="career-plan-heading" heading={t('careerPlan.plan.heading')}>
      <Paragraph>{t('careerPlan.plan.intro')}</Paragraph>
      {message && <StatusMessage>{message}</StatusMessage>}
      {plan.error !== null && <ErrorAlert error={plan.error} />}
      {!data ? (
        plan.loading && <Loading />
      ) : (
        <>
          {!anyGoals && <Paragraph>{t('careerPlan.plan.empty')}</Paragraph>}
          {data.goalsByDomain.map((d) => (
            <section key={d.domainCode} aria-labelledby={`career-plan-${d.domainCode}`}>
              <Heading3 id={`career-plan-${d.domainCode}`}>{domainName(domains.get(d.domainCode), d.domainCode)}</Heading3>
              {d.restricted ? (
                <RestrictedNote restrictedTo={d.restrictedTo} />
              ) : (
                d.goals.map((g) => (
                  <article key={g.id} aria-labelledby={`career-goal-${g.id}-heading`}>
                    <Heading4 id={`career-goal-${g.id}-heading`}>{g.description}</Heading4>
                    <Paragraph>
                      <strong>{t(`careerPlan.goalStatus.${g.status}`)}</strong>
                      {g.statusChangedOn && g.status !== 'open' && (
                        <> ({t('careerPlan.plan.statusChanged', { date: formatDate(g.statusChangedOn, language) })})</>
                      )}
                      {' · '}
                      {g.targetDate ? (
                        <>
                          {t('careerPlan.plan.targetLabel')} <CalendarDate value={g.targetDate} />
                        </>
                      ) : (
                        t('careerPlan.plan.noTarget')
                      )}
                    </Paragraph>
                    <ActionsTable
                      caption={t('careerPlan.plan.actionsCaption', { goal: g.description })}
                      actions={g.actions}
                      trajectoryId={trajectoryId}
                      canWrite={canWrite}
                      onChanged={changed}
                    />
                    {canWrite && <GoalStatusForm key={`${g.id}-${g.status}`} trajectoryId={trajectoryId} goal={g} onChanged={changed} />}
                  </article>
                ))
              )}
            </section>
          ))}
          <section aria-labelledby="career-plan-other">
            <Heading3 id="career-plan-other">{t('careerPlan.plan.otherActions')}</Heading3>
            <Paragraph>{t('careerPlan.plan.otherActionsIntro')}</Paragraph>
            <ActionsTable
              caption={t('careerPlan.plan.otherCaption')}
              actions={data.otherActions}
              trajectoryId={trajectoryId}
              canWrite={canWrite}
              onChanged={changed}
            />
          </section>
          {canWrite && (
            <>
              <GoalForm trajectoryId={trajectoryId} plan={data} onChanged={changed} />
              <ActionForm trajectoryId={trajectoryId} plan={data} onChanged={changed} />
            </>
          )}
        </>
      )}
    </Section>
  );
}
