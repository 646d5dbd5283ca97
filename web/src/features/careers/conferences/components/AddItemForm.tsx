import { Heading3, Paragraph, PrimaryActionButton } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiResource } from '../../../../api/useApiResource';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { fieldId } from '../../../../components/fieldErrors';
import { FormErrorSummary } from '../../../../components/FormErrorSummary';
import { Loading } from '../../../../components/Loading';
import { SelectField } from '../../../../components/SelectField';
import { TextareaField } from '../../../../components/TextareaField';
import { useFormSubmission } from '../../../../components/useFormSubmission';
import { addItem, teamTrajectories, type ConferenceDetail } from '../api';
import { agendaCandidates } from '../forms';

const FORM_ID = 'agenda-add';

/** The chair puts a trajectory whose team they are on on the agenda, with a question for the conference. */
export function AddItemForm({ conference, onChanged }: { conference: ConferenceDetail; onChanged: (detail: ConferenceDetail, message: string) => void }) {
  const { t } = useTranslation();
  const trajectories = useApiResource((signal) => teamTrajectories(signal), []);
  const [trajectoryId, setTrajectoryId] = useState('');
  const [question, setQuestion] = useState('');
  const form = useFormSubmission();
  const labels = { trajectoryId: t('conferences.agenda.trajectory'), question: t('conferences.agenda.questionField') };
  const candidates = agendaCandidates(
    trajectories.data ?? [],
    conference.items.map((i) => i.trajectory.id),
  );

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const ok = await form.submit({ trajectoryId: trajectoryId === '' ? t('conferences.errors.trajectory') : undefined }, async () =>
      onChanged(await addItem(conference.id, trajectoryId, question.trim()), t('conferences.agenda.added')),
    );
    if (ok) {
      setTrajectoryId('');
      setQuestion('');
    }
  };

  return (
    <section aria-labelledby={`${FORM_ID}-heading`} className="dwb-section">
      <Heading3 id={`${FORM_ID}-heading`}>{t('conferences.agenda.addHeading')}</Heading3>
      <Paragraph>{t('conferences.agenda.addHint')}</Paragraph>
      {trajectories.loading && !trajectories.data && <Loading />}
      {trajectories.error !== null && <ErrorAlert error={trajectories.error} />}
      {trajectories.data && candidates.length === 0 && <Paragraph>{t('conferences.agenda.noCandidates')}</Paragraph>}
      {candidates.length > 0 && (
        <>
          <FormErrorSummary formId={FORM_ID} error={form.error} fieldErrors={form.fieldErrors} fields={labels} />
          <form className="utrecht-form dwb-form" noValidate onSubmit={(event) => void onSubmit(event)}>
            <div className="dwb-form__fields">
              <SelectField
                id={fieldId(FORM_ID, 'trajectoryId')}
                name="trajectoryId"
                label={labels.trajectoryId}
                value={trajectoryId}
                emptyOption={t('conferences.agenda.choose')}
                options={candidates.map((c) => ({ value: c.id, label: `${c.number} ${c.name}` }))}
                onChange={setTrajectoryId}
                error={form.fieldErrors.trajectoryId}
                required
              />
              <TextareaField
                id={fieldId(FORM_ID, 'question')}
                name="question"
                label={labels.question}
                value={question}
                onChange={setQuestion}
                error={form.fieldErrors.question}
                rows={2}
                maxLength={2000}
              />
            </div>
            <PrimaryActionButton type="submit" busy={form.busy}>
              {t('conferences.agenda.add')}
            </PrimaryActionButton>
          </form>
        </>
      )}
    </section>
  );
}
