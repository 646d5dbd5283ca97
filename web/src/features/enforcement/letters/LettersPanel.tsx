import {
  Heading,
  Link,
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
import { useApiResource } from '../../../api/useApiResource';
import { DateTime } from '../../../components/DateTime';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { fieldId } from '../../../components/fieldErrors';
import { Loading } from '../../../components/Loading';
import { FormErrorSummary } from '../../../components/FormErrorSummary';
import { SelectField } from '../../../components/SelectField';
import { StatusMessage } from '../../../components/StatusMessage';
import { TableScroll } from '../../../components/TableScroll';
import { useFormSubmission } from '../../../components/useFormSubmission';
import { useLanguage } from '../../../i18n/useLanguage';
import { generateLetter, letterPdfUrl, listLetters, listTemplates, type LetterRecordType, type LetterView } from './api';
import { groupByKind } from './format';

export interface LettersPanelProps {
  recordType: LetterRecordType;
  recordId: string;
  canWrite: boolean;
}

/**
 * The letters of one case (a measure or a Bibob screening): every kind with its versions and a PDF download,
 * and, for who may change the case, a form that makes a new letter from a template of the right record kind.
 */
export function LettersPanel(props: { recordType: 'measure' | 'bibob_screening'; recordId: string; canWrite: boolean }) {
  const { recordType, recordId, canWrite } = props;
  const { t } = useTranslation();
  const letters = useApiResource((signal) => listLetters(recordType, recordId, signal), [recordType, recordId]);
  const [message, setMessage] = useState<string | null>(null);
  const headingId = `letters-${recordId}`;

  return (
    <section className="dwb-section" aria-labelledby={headingId}>
      <Heading level={2} id={headingId}>
        {t('letters.panelHeading')}
      </Heading>
      {message && <StatusMessage>{message}</StatusMessage>}
      {letters.loading && !letters.data && <Loading />}
      {letters.error !== null && letters.error !== undefined && <ErrorAlert error={letters.error} />}
      {letters.data && <LettersTable letters={letters.data.letters} />}
      {canWrite && (
        <GenerateLetterForm
          recordType={recordType}
          recordId={recordId}
          onGenerated={(letter) => {
            setMessage(t('letters.generated', { subject: letter.subject, version: letter.version }));
            letters.reload();
          }}
        />
      )}
    </section>
  );
}

function LettersTable({ letters }: { letters: readonly LetterView[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (letters.length === 0) {
    return <Paragraph>{t('letters.empty')}</Paragraph>;
  }
  const groups = groupByKind(letters);
  return (
    <TableScroll label={t('letters.tableLabel')}>
      <Table>
        <TableCaption>{t('letters.tableCaption')}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('letters.kind')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('letters.version')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('letters.subject')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('letters.template')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('letters.createdAt')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('letters.createdBy')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('letters.download')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {groups.flatMap((group) =>
            group.letters.map((letter) => (
              <TableRow key={letter.id}>
                <TableCell>{t(`letters.kinds.${letter.kind}`, { defaultValue: letter.kind })}</TableCell>
                <TableCell>{letter.version}</TableCell>
                <TableCell>{letter.subject}</TableCell>
                <TableCell>{t('letters.templateVersion', { name: letter.templateName[language], version: letter.templateVersion })}</TableCell>
                <TableCell>
                  <DateTime value={letter.createdAt} />
                </TableCell>
                <TableCell>{letter.createdBy}</TableCell>
                <TableCell>
                  <Link
                    href={letterPdfUrl(letter.id)}
                    download={letter.fileName}
                    aria-label={t('letters.downloadLabel', { subject: letter.subject, version: letter.version })}
                  >
                    {t('letters.download')}
                  </Link>
                </TableCell>
              </TableRow>
            )),
          )}
        </TableBody>
      </Table>
    </TableScroll>
  );
}

function GenerateLetterForm({
  recordType,
  recordId,
  onGenerated,
}: {
  recordType: LetterRecordType;
  recordId: string;
  onGenerated: (letter: LetterView) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const templates = useApiResource((signal) => listTemplates(recordType, signal), [recordType]);
  const [templateId, setTemplateId] = useState('');
  const form = useFormSubmission();
  const formId = `letter-generate-${recordId}`;
  const headingId = `${formId}-heading`;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    await form.submit({ templateId: templateId ? undefined : t('letters.templateRequired') }, async () => {
      const letter = await generateLetter(recordType, recordId, templateId);
      onGenerated(letter);
    });
  };

  const options = (templates.data?.templates ?? [])
    .filter((template) => template.active)
    .map((template) => ({ value: template.id, label: template.name[language] }));

  return (
    <section aria-labelledby={headingId}>
      <Heading level={3} id={headingId}>
        {t('letters.generateHeading')}
      </Heading>
      {templates.error !== null && templates.error !== undefined && <ErrorAlert error={templates.error} />}
      {templates.data && options.length === 0 && <Paragraph>{t('letters.noTemplates')}</Paragraph>}
      {options.length > 0 && (
        <>
          <FormErrorSummary formId={formId} error={form.error} fieldErrors={form.fieldErrors} fields={{ templateId: t('letters.templateField') }} />
          <form className="utrecht-form dwb-form" noValidate onSubmit={(event) => void onSubmit(event)}>
            <SelectField
              id={fieldId(formId, 'templateId')}
              name="templateId"
              label={t('letters.templateField')}
              value={templateId}
              options={options}
              onChange={setTemplateId}
              emptyOption={t('letters.chooseTemplate')}
              error={form.fieldErrors.templateId}
              description={t('letters.templateHint')}
              required
            />
            <PrimaryActionButton type="submit" busy={form.busy}>
              {t('letters.generate')}
            </PrimaryActionButton>
          </form>
        </>
      )}
    </section>
  );
}
