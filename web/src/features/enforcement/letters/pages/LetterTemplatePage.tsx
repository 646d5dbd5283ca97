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
import { useParams } from 'react-router-dom';
import { useApiResource } from '../../../../api/useApiResource';
import { paths } from '../../../../app/paths';
import { DateTime } from '../../../../components/DateTime';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { fieldId } from '../../../../components/fieldErrors';
import { FormErrorSummary } from '../../../../components/FormErrorSummary';
import { Loading } from '../../../../components/Loading';
import { PageTitle } from '../../../../components/PageTitle';
import { RouterLink } from '../../../../components/RouterLink';
import { StatusMessage } from '../../../../components/StatusMessage';
import { TableScroll } from '../../../../components/TableScroll';
import { TextareaField } from '../../../../components/TextareaField';
import { TextField } from '../../../../components/TextField';
import { useFormSubmission } from '../../../../components/useFormSubmission';
import { formatDateTime } from '../../../../i18n/format';
import { useLanguage } from '../../../../i18n/useLanguage';
import '../letters.css';
import { getTemplate, listMergeFields, updateTemplate, type MergeFieldView, type TemplateDetail } from '../api';

const FORM_ID = 'letter-template';

/** The editor of one letter template: subject, body and a version note; the merge fields; the version history. */
export function LetterTemplatePage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { templateId = '' } = useParams();
  const template = useApiResource((signal) => getTemplate(templateId, signal), [templateId]);
  const fields = useApiResource((signal) => listMergeFields(signal), []);
  const [message, setMessage] = useState<string | null>(null);
  const title = template.data ? template.data.name[language] : t('letters.editor.heading');

  return (
    <>
      <PageTitle>{title}</PageTitle>
      <Paragraph>
        <RouterLink to={paths.letterTemplates}>{t('letters.editor.back')}</RouterLink>
      </Paragraph>
      {template.loading && !template.data && <Loading />}
      {template.error !== null && template.error !== undefined && <ErrorAlert error={template.error} />}
      {template.data && (
        <>
          <Paragraph>
            {t('letters.editor.meta', {
              code: template.data.code,
              kind: t(`letters.kinds.${template.data.kind}`, { defaultValue: template.data.kind }),
              version: template.data.version,
            })}
          </Paragraph>
          {message && <StatusMessage>{message}</StatusMessage>}
          <section aria-labelledby="letter-template-edit" className="dwb-section">
            <Heading2 id="letter-template-edit">{t('letters.editor.heading')}</Heading2>
            <TemplateForm
              key={template.data.version}
              template={template.data}
              onSaved={(saved) => {
                template.setData(() => saved);
                setMessage(t('letters.editor.saved', { version: saved.version }));
              }}
            />
          </section>
          <section aria-labelledby="letter-template-fields" className="dwb-section">
            <Heading2 id="letter-template-fields">{t('letters.editor.fieldsHeading')}</Heading2>
            <Paragraph>{t('letters.editor.fieldsIntro')}</Paragraph>
            {fields.error !== null && fields.error !== undefined && <ErrorAlert error={fields.error} />}
            {fields.data && <MergeFieldsTable fields={fields.data.fields} />}
          </section>
          <section aria-labelledby="letter-template-history" className="dwb-section">
            <Heading2 id="letter-template-history">{t('letters.editor.historyHeading')}</Heading2>
            <VersionHistory template={template.data} />
          </section>
        </>
      )}
    </>
  );
}

function TemplateForm({ template, onSaved }: { template: TemplateDetail; onSaved: (saved: TemplateDetail) => void }) {
  const { t } = useTranslation();
  const [subject, setSubject] = useState(template.subject);
  const [body, setBody] = useState(template.body);
  const [note, setNote] = useState('');
  const form = useFormSubmission();
  const labels = { subject: t('letters.editor.subject'), body: t('letters.editor.body'), note: t('letters.editor.note') };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    await form.submit(
      {
        subject: subject.trim() ? undefined : t('letters.editor.subjectRequired'),
        body: body.trim() ? undefined : t('letters.editor.bodyRequired'),
        note: note.trim() ? undefined : t('letters.editor.noteRequired'),
      },
      async () => {
        onSaved(await updateTemplate(template.id, { subject, body, note }));
      },
    );
  };

  return (
    <>
      <FormErrorSummary formId={FORM_ID} error={form.error} fieldErrors={form.fieldErrors} fields={labels} />
      <form className="utrecht-form dwb-form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <TextField
          id={fieldId(FORM_ID, 'subject')}
          name="subject"
          label={labels.subject}
          value={subject}
          onChange={setSubject}
          error={form.fieldErrors.subject}
          maxLength={300}
          required
        />
        <TextareaField
          id={fieldId(FORM_ID, 'body')}
          name="body"
          label={labels.body}
          value={body}
          onChange={setBody}
          error={form.fieldErrors.body}
          description={t('letters.editor.bodyHint', { example: '{{ kenmerk }}' })}
          maxLength={20000}
          rows={24}
          required
        />
        <TextareaField
          id={fieldId(FORM_ID, 'note')}
          name="note"
          label={labels.note}
          value={note}
          onChange={setNote}
          error={form.fieldErrors.note}
          description={t('letters.editor.noteHint')}
          maxLength={1000}
          rows={2}
          required
        />
        <PrimaryActionButton type="submit" busy={form.busy}>
          {t('letters.editor.save')}
        </PrimaryActionButton>
      </form>
    </>
  );
}

function MergeFieldsTable({ fields }: { fields: readonly MergeFieldView[] }) {
  const { t } = useTranslation();
  return (
    <TableScroll label={t('letters.editor.fieldsCaption')}>
      <Table>
        <TableCaption>{t('letters.editor.fieldsCaption')}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('letters.editor.fieldName')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('letters.editor.fieldDescription')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('letters.editor.fieldFor')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {fields.map((field) => (
            <TableRow key={field.name}>
              <TableHeaderCell scope="row">
                <code>{`{{ ${field.name} }}`}</code>
              </TableHeaderCell>
              <TableCell lang="nl">{field.description}</TableCell>
              <TableCell>{field.recordTypes.map((recordType) => t(`letters.recordTypes.${recordType}`)).join(', ')}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}

function VersionHistory({ template }: { template: TemplateDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <ol className="dwb-card-list" reversed>
      {template.versions.map((version) => (
        <li key={version.version} className="dwb-card-list__item">
          <details>
            <summary>
              {t('letters.editor.versionSummary', { version: version.version, at: formatDateTime(version.changedAt, language) })}
              {version.version === template.version ? ` (${t('letters.editor.currentVersion')})` : ''}
            </summary>
            <Paragraph>
              <DateTime value={version.changedAt} /> · {t('letters.editor.versionBy', { name: version.changedBy ?? t('letters.editor.unknownUser') })}
            </Paragraph>
            <Paragraph>{version.note ? t('letters.editor.versionNote', { note: version.note }) : t('letters.editor.noNote')}</Paragraph>
            <Paragraph>{t('letters.editor.versionSubject', { subject: version.subject })}</Paragraph>
            <pre className="dwb-letter-template-text">{version.body}</pre>
          </details>
        </li>
      ))}
    </ol>
  );
}
