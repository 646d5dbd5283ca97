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
import { DateTime } from '../../../../components/DateTime';
import { fieldId, type FieldErrors } from '../../../../components/fieldErrors';
import { FormErrorSummary } from '../../../../components/FormErrorSummary';
import { TableScroll } from '../../../../components/TableScroll';
import { TextareaField } from '../../../../components/TextareaField';
import { TextField } from '../../../../components/TextField';
import { useFormSubmission } from '../../../../components/useFormSubmission';
import { addFamilyDecision, type TrajectoryDetail } from '../api';

const FORM_ID = 'family';

/** Family members, only by an explicit motivated decision; nothing is added automatically. */
export function FamilySection({ detail, onChange }: { detail: TrajectoryDetail; onChange: (next: TrajectoryDetail, message: string) => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [relation, setRelation] = useState('');
  const [motivation, setMotivation] = useState('');
  const form = useFormSubmission();
  const id = (field: string) => fieldId(FORM_ID, field);
  const caption = t('careers.familyCaption');
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const errors: FieldErrors = {
      ...(name.trim() ? {} : { name: t('careers.errors.required') }),
      ...(relation.trim() ? {} : { relation: t('careers.errors.required') }),
      ...(motivation.trim().length >= 20 ? {} : { motivation: t('careers.errors.motivation') }),
    };
    await form.submit(errors, async () => {
      const next = await addFamilyDecision(detail.id, { name: name.trim(), relation: relation.trim(), motivation: motivation.trim() });
      setName('');
      setRelation('');
      setMotivation('');
      onChange(next, t('careers.familyAdded'));
    });
  };
  return (
    <section aria-labelledby="family-heading" className="dwb-signal-section">
      <Heading2 id="family-heading">{t('careers.familyTitle')}</Heading2>
      <Paragraph>{t('careers.familyIntro')}</Paragraph>
      {detail.familyDecisions.length === 0 ? (
        <Paragraph>{t('careers.familyEmpty')}</Paragraph>
      ) : (
        <TableScroll label={caption}>
          <Table className="dwb-table">
            <TableCaption className="dwb-table-caption">{caption}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('careers.familyName')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('careers.colRelation')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('careers.colMotivationText')}</TableHeaderCell>
                <TableHeaderCell scope="col">{t('careers.colDecidedBy')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {detail.familyDecisions.map((f) => (
                <TableRow key={f.id}>
                  <TableHeaderCell scope="row" className="dwb-row-header">
                    {f.name}
                  </TableHeaderCell>
                  <TableCell>{f.relation}</TableCell>
                  <TableCell>{f.motivation}</TableCell>
                  <TableCell>
                    {f.decidedBy}, <DateTime value={f.decidedAt} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableScroll>
      )}
      {detail.permissions.canDecide && (
        <>
          <Heading3>{t('careers.submitFamily')}</Heading3>
          <FormErrorSummary
            formId={FORM_ID}
            error={form.error}
            fieldErrors={form.fieldErrors}
            fields={{
              name: t('careers.familyName'),
              relation: t('careers.familyRelation'),
              motivation: t('careers.familyMotivation'),
              subjectId: t('careers.familyName'),
            }}
          />
          <form className="utrecht-form dwb-form" noValidate onSubmit={(event) => void onSubmit(event)}>
            <TextField
              id={id('name')}
              name="name"
              label={t('careers.familyName')}
              value={name}
              onChange={setName}
              error={form.fieldErrors.name}
              maxLength={200}
              required
            />
            <TextField
              id={id('relation')}
              name="relation"
              label={t('careers.familyRelation')}
              value={relation}
              onChange={setRelation}
              error={form.fieldErrors.relation}
              maxLength={100}
              required
            />
            <TextareaField
              id={id('motivation')}
              name="motivation"
              label={t('careers.familyMotivation')}
              description={t('careers.familyMotivationHint')}
              value={motivation}
              onChange={setMotivation}
              error={form.fieldErrors.motivation}
              maxLength={4000}
              required
            />
            <PrimaryActionButton type="submit" aria-disabled={form.busy || undefined}>
              {t('careers.submitFamily')}
            </PrimaryActionButton>
          </form>
        </>
      )}
    </section>
  );
}
