import {
  Heading2,
  Heading3,
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
import { CalendarDate } from '../../../../components/DateTime';
import { fieldId, type FieldErrors } from '../../../../components/fieldErrors';
import { FormErrorSummary } from '../../../../components/FormErrorSummary';
import { SelectField } from '../../../../components/SelectField';
import { TableScroll } from '../../../../components/TableScroll';
import { TextareaField } from '../../../../components/TextareaField';
import { TextField } from '../../../../components/TextField';
import { useFormSubmission } from '../../../../components/useFormSubmission';
import { RadioGroupField } from '../../../registry/components/RadioGroupField';
import { recordReview, REVIEW_DECISIONS, REVIEW_KINDS, type TrajectoryDetail } from '../api';
import { amsterdamToday, emptyReview, reviewExitReasons, reviewPayload, validateReview, type ReviewValues } from '../forms';
import { exitReasonLabel } from '../labels';

const FORM_ID = 'review';
const SCORES = ['1', '2', '3', '4', '5'] as const;

function ReviewForm({ detail, onDone }: { detail: TrajectoryDetail; onDone: (next: TrajectoryDetail) => void }) {
  const { t } = useTranslation();
  const today = amsterdamToday();
  const [values, setValues] = useState<ReviewValues>(() => emptyReview(today));
  const form = useFormSubmission();
  const errors = form.fieldErrors;
  const id = (name: string) => fieldId(FORM_ID, name);
  const set = <K extends keyof ReviewValues>(name: K, value: ReviewValues[K]) => setValues((cur) => ({ ...cur, [name]: value }));
  const decisions = REVIEW_DECISIONS.filter((d) => !(d === 'to_aftercare' && detail.phase === 'nazorg'));
  const reasons = reviewExitReasons(detail.phase, values.decision);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const keys = validateReview(values, today);
    const messages: FieldErrors = Object.fromEntries(Object.entries(keys).map(([field, key]) => [field, key ? t(`careers.errors.${key}`) : undefined]));
    await form.submit(messages, async () => onDone(await recordReview(detail.id, reviewPayload(values))));
  };

  const yesNo = [
    { value: 'yes', label: t('careers.yes') },
    { value: 'no', label: t('careers.no') },
  ];

  return (
    <>
      <Heading3>{t('careers.newReview')}</Heading3>
      <FormErrorSummary
        formId={FORM_ID}
        error={form.error}
        fieldErrors={errors}
        fields={{
          kind: t('careers.reviewKindLabel'),
          reviewedOn: t('careers.reviewedOn'),
          criteriaStillHold: t('careers.criteriaStillHold'),
          decision: t('careers.reviewDecisionLabel'),
          exitReason: t('careers.exitReasonLabel'),
          motivation: t('careers.motivation'),
          resilience: t('careers.resilience'),
          note: t('careers.reviewNote'),
        }}
      />
      <form className="utrecht-form dwb-form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <RadioGroupField
          id={id('kind')}
          name="kind"
          legend={t('careers.reviewKindLabel')}
          value={values.kind}
          options={REVIEW_KINDS.map((k) => ({ value: k, label: t(`careers.reviewKind.${k}`) }))}
          onChange={(v) => set('kind', v === 'progress' ? 'progress' : 'proportionality')}
          error={errors.kind}
        />
        <TextField
          id={id('reviewedOn')}
          name="reviewedOn"
          type="date"
          label={t('careers.reviewedOn')}
          description={t('careers.dateHint')}
          value={values.reviewedOn}
          onChange={(v) => set('reviewedOn', v)}
          error={errors.reviewedOn}
          required
        />
        <RadioGroupField
          id={id('criteriaStillHold')}
          name="criteriaStillHold"
          legend={t('careers.criteriaStillHold')}
          value={values.criteriaStillHold}
          options={yesNo}
          onChange={(v) => set('criteriaStillHold', v === 'yes' ? 'yes' : 'no')}
          error={errors.criteriaStillHold}
        />
        <RadioGroupField
          id={id('decision')}
          name="decision"
          legend={t('careers.reviewDecisionLabel')}
          value={values.decision}
          options={decisions.map((d) => ({ value: d, label: t(`careers.reviewDecision.${d}`) }))}
          onChange={(v) => {
            set('decision', decisions.find((d) => d === v) ?? '');
            set('exitReason', '');
          }}
          error={errors.decision}
        />
        {reasons.length > 0 && (
          <SelectField
            id={id('exitReason')}
            name="exitReason"
            label={t('careers.exitReasonLabel')}
            value={values.exitReason}
            emptyOption={t('common.chooseOption')}
            options={reasons.map((r) => ({ value: r, label: exitReasonLabel(t, r) }))}
            onChange={(v) => set('exitReason', reasons.find((r) => r === v) ?? '')}
            error={errors.exitReason}
            required
          />
        )}
        <SelectField
          id={id('motivation')}
          name="motivation"
          label={t('careers.motivation')}
          value={values.motivation}
          emptyOption={t('common.chooseOption')}
          options={SCORES.map((s) => ({ value: s, label: s }))}
          onChange={(v) => set('motivation', v)}
          error={errors.motivation}
          required
        />
        <SelectField
          id={id('resilience')}
          name="resilience"
          label={t('careers.resilience')}
          value={values.resilience}
          emptyOption={t('common.chooseOption')}
          options={SCORES.map((s) => ({ value: s, label: s }))}
          onChange={(v) => set('resilience', v)}
          error={errors.resilience}
          required
        />
        <TextareaField
          id={id('note')}
          name="note"
          label={t('careers.reviewNote')}
          value={values.note}
          onChange={(v) => set('note', v)}
          error={errors.note}
          maxLength={4000}
        />
        <PrimaryActionButton type="submit" aria-disabled={form.busy || undefined}>
          {t('careers.submitReview')}
        </PrimaryActionButton>
      </form>
    </>
  );
}

/** Proportionality and progress reviews: the list, and the form for the regisseur. */
export function ReviewsSection({ detail, onChange }: { detail: TrajectoryDetail; onChange: (next: TrajectoryDetail, message: string) => void }) {
  const { t } = useTranslation();
  const canReview = detail.permissions.canDecide && (detail.phase === 'plan' || detail.phase === 'uitvoering' || detail.phase === 'nazorg');
  const caption = t('careers.reviewsCaption');
  const yesNo = (value: boolean | null) => (value === null ? t('careers.none') : value ? t('careers.yes') : t('careers.no'));
  return (
    <section aria-labelledby="reviews-heading" className="dwb-signal-section">
      <Heading2 id="reviews-heading">{t('careers.reviewsTitle')}</Heading2>
      <Paragraph>{t('careers.reviewsIntro', { months: detail.reviewIntervalMonths })}</Paragraph>
      {detail.reviews.length === 0 ? (
        <Paragraph>{t('careers.reviewsEmpty')}</Paragraph>
      ) : (
        <TableScroll label={caption}>
          <Table className="dwb-table">
            <TableCaption className="dwb-table-caption">{caption}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('careers.colReviewedOn')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('careers.colKind')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('careers.colCriteria')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('careers.colDecision')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('careers.colMotivation')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('careers.colResilience')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('careers.colNote')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('careers.colBy')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {detail.reviews.map((r) => (
                <TableRow key={r.id}>
                  <TableHeaderCell scope="row" className="dwb-row-header">
                    <CalendarDate value={r.reviewedOn} />
                  </TableHeaderCell>
                  <TableCell>{t(`careers.reviewKind.${r.kind}`)}</TableCell>
                  <TableCell>{yesNo(r.criteriaStillHold)}</TableCell>
                  <TableCell>{t(`careers.reviewDecision.${r.decision}`)}</TableCell>
                  <TableCell className="dwb-number">{r.motivation}</TableCell>
                  <TableCell className="dwb-number">{r.resilience}</TableCell>
                  <TableCell>{r.note || t('careers.none')}</TableCell>
                  <TableCell>{r.reviewedBy}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableScroll>
      )}
      {canReview && <ReviewForm key={detail.version} detail={detail} onDone={(next) => onChange(next, t('careers.reviewed'))} />}
    </section>
  );
}
