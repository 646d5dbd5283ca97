import { Button, ButtonGroup, Heading3, Link, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldId, type FieldErrors } from '../../../../components/fieldErrors';
import { FormErrorSummary } from '../../../../components/FormErrorSummary';
import { StatusMessage } from '../../../../components/StatusMessage';
import { TextareaField } from '../../../../components/TextareaField';
import { useFormSubmission } from '../../../../components/useFormSubmission';
import { useLanguage } from '../../../../i18n/useLanguage';
import { FileField } from '../../../registry/components/FileField';
import { RadioGroupField } from '../../../registry/components/RadioGroupField';
import { FINDING_RESULTS, isResult, recordFinding, uploadFindingPhoto, type FindingResult, type InspectionDetail } from '../api';

type Item = InspectionDetail['checklist'][number];

function PhotoList({ item }: { item: Item }) {
  const { t } = useTranslation();
  const photos = item.finding?.photos ?? [];
  if (photos.length === 0) return <Paragraph>{t('inspections.noPhotos')}</Paragraph>;
  return (
    <UnorderedList>
      {photos.map((photo) => (
        <UnorderedListItem key={photo.id}>
          <Link href={`/api/v1/files/${encodeURIComponent(photo.id)}`} aria-label={t('inspections.download', { name: photo.filename })}>
            {photo.filename}
          </Link>{' '}
          ({Math.max(1, Math.round(photo.sizeBytes / 1024))} kB)
        </UnorderedListItem>
      ))}
    </UnorderedList>
  );
}

function PhotoUpload({ inspectionId, item, onUploaded }: { inspectionId: string; item: Item; onUploaded: () => void }) {
  const { t } = useTranslation();
  const formId = `photo-${item.code}`;
  const [file, setFile] = useState<File | null>(null);
  const [done, setDone] = useState('');
  const form = useFormSubmission();
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setDone('');
    const ok = await form.submit(file ? {} : { file: t('inspections.choosePhoto') }, async () => {
      const stored = await uploadFindingPhoto(inspectionId, item.code, file!);
      setDone(t('inspections.uploaded', { name: stored.filename }));
    });
    if (ok) onUploaded();
  };
  return (
    <form className="utrecht-form dwb-form" noValidate onSubmit={(event) => void onSubmit(event)}>
      <FormErrorSummary formId={formId} error={form.error} fieldErrors={form.fieldErrors} fields={{ file: t('inspections.photo') }} />
      {done && <StatusMessage>{done}</StatusMessage>}
      <FileField
        id={fieldId(formId, 'file')}
        name="file"
        label={`${t('inspections.photo')}: ${item.textNl}`}
        description={t('inspections.photoHint')}
        accept="image/jpeg,image/png,image/webp"
        onChange={setFile}
        error={form.fieldErrors.file}
      />
      <ButtonGroup>
        <Button type="submit" appearance="secondary-action-button" aria-disabled={form.busy || undefined}>
          {t('inspections.upload')}
        </Button>
      </ButtonGroup>
    </form>
  );
}

/** One checklist item: the finding as a form (result and note) while the inspection runs, with its photos. */
export function FindingForm({
  inspectionId,
  item,
  editable,
  onSaved,
}: {
  inspectionId: string;
  item: Item;
  editable: boolean;
  onSaved: (detail: InspectionDetail | null) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const text = language === 'en' ? item.textEn : item.textNl;
  const formId = `finding-${item.code}`;
  const [result, setResult] = useState<FindingResult | ''>(item.finding?.result ?? '');
  const [note, setNote] = useState(item.finding?.note ?? '');
  const [saved, setSaved] = useState('');
  const form = useFormSubmission();

  const validate = (): FieldErrors => {
    const errors: FieldErrors = {};
    if (!result) errors.result = t('inspections.errorRequired');
    return errors;
  };
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved('');
    await form.submit(validate(), async () => {
      const detail = await recordFinding(inspectionId, item.code, { result: result as FindingResult, note });
      setSaved(t('inspections.findingSaved', { item: text }));
      onSaved(detail);
    });
  };

  return (
    <li className="dwb-signal-block">
      <Heading3>{text}</Heading3>
      {!editable && (
        <Paragraph>
          {item.finding ? (
            <>
              <strong>{t(`inspections.result.${item.finding.result}`)}</strong>
              {item.finding.note && <> — {item.finding.note}</>}
            </>
          ) : (
            t('inspections.noFinding')
          )}
        </Paragraph>
      )}
      {editable && (
        <form className="utrecht-form dwb-form" noValidate onSubmit={(event) => void onSubmit(event)}>
          <FormErrorSummary
            formId={formId}
            error={form.error}
            fieldErrors={form.fieldErrors}
            fields={{ result: t('inspections.itemResult'), note: t('inspections.itemNote') }}
          />
          {saved && <StatusMessage>{saved}</StatusMessage>}
          <RadioGroupField
            id={fieldId(formId, 'result')}
            name={`result-${item.code}`}
            legend={`${t('inspections.itemResult')}: ${text}`}
            value={result}
            options={FINDING_RESULTS.map((value) => ({ value, label: t(`inspections.result.${value}`) }))}
            onChange={(value) => setResult(isResult(value) ? value : '')}
            error={form.fieldErrors.result}
          />
          <TextareaField
            id={fieldId(formId, 'note')}
            name={`note-${item.code}`}
            label={`${t('inspections.itemNote')}: ${text}`}
            description={result === 'not_ok' ? t('inspections.itemNoteRequired') : undefined}
            value={note}
            onChange={setNote}
            error={form.fieldErrors.note}
            maxLength={4000}
          />
          <ButtonGroup>
            <Button type="submit" appearance="secondary-action-button" aria-disabled={form.busy || undefined}>
              {t('inspections.saveFinding')}
            </Button>
          </ButtonGroup>
        </form>
      )}
      {item.finding && (
        <>
          <Paragraph small>{t('inspections.recordedBy', { name: item.finding.recordedBy.name })}</Paragraph>
          <PhotoList item={item} />
          {editable && <PhotoUpload inspectionId={inspectionId} item={item} onUploaded={() => onSaved(null)} />}
        </>
      )}
    </li>
  );
}
