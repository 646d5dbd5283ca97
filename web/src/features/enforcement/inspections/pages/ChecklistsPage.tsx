import { Alert, Button, ButtonGroup, Fieldset, FieldsetLegend, Heading2, Paragraph, PrimaryActionButton } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiResource } from '../../../../api/useApiResource';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { fieldId } from '../../../../components/fieldErrors';
import { FormErrorSummary } from '../../../../components/FormErrorSummary';
import { Loading } from '../../../../components/Loading';
import { PageTitle } from '../../../../components/PageTitle';
import { StatusMessage } from '../../../../components/StatusMessage';
import { TextField } from '../../../../components/TextField';
import { useFormSubmission } from '../../../../components/useFormSubmission';
import { useLanguage } from '../../../../i18n/useLanguage';
import { fetchManagedChecklists, saveChecklist, type ChecklistItem, type ChecklistView } from '../api';
import { checklistErrors } from '../checklistForm';

function ChecklistEditor({ checklist }: { checklist: ChecklistView }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const formId = `checklist-${checklist.objectType}`;
  const [name, setName] = useState(checklist.name);
  const [items, setItems] = useState<ChecklistItem[]>(checklist.items);
  const [saved, setSaved] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const form = useFormSubmission();
  const id = (field: string) => fieldId(formId, field);

  const update = (index: number, patch: Partial<ChecklistItem>) =>
    setItems((current) => current.map((item, i) => (i === index ? { ...item, ...patch } : item)));
  const move = (index: number, by: -1 | 1) => {
    setItems((current) => {
      const next = [...current];
      const [item] = next.splice(index, 1);
      next.splice(index + by, 0, item!);
      return next;
    });
    setAnnouncement(t('inspections.itemMoved'));
    window.setTimeout(() => document.getElementById(id(`items.${index + by}.code`))?.focus(), 0);
  };
  const remove = (index: number) => {
    setItems((current) => current.filter((_, i) => i !== index));
    setAnnouncement(t('inspections.itemRemoved'));
  };
  const add = () => {
    setItems((current) => [...current, { code: '', textNl: '', textEn: '' }]);
    setAnnouncement(t('inspections.itemAdded'));
    window.setTimeout(() => document.getElementById(id(`items.${items.length}.code`))?.focus(), 0);
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved('');
    const messages = { required: t('inspections.errorRequired'), code: t('inspections.errorCode'), duplicate: t('inspections.errorDuplicate') };
    await form.submit(checklistErrors(messages, name, items), async () => {
      const result = await saveChecklist(checklist.objectType, { name, items });
      setItems(result.items);
      setSaved(t('inspections.checklistSaved', { name: result.name[language] }));
    });
  };

  const labels: Record<string, string> = { 'name.nl': t('inspections.nameNl'), 'name.en': t('inspections.nameEn'), items: t('inspections.items') };
  items.forEach((_, i) => {
    const n = String(i + 1);
    labels[`items.${i}.code`] = `${t('inspections.itemLegend', { index: n })}, ${t('inspections.itemCode')}`;
    labels[`items.${i}.textNl`] = `${t('inspections.itemLegend', { index: n })}, ${t('inspections.itemTextNl')}`;
    labels[`items.${i}.textEn`] = `${t('inspections.itemLegend', { index: n })}, ${t('inspections.itemTextEn')}`;
  });

  return (
    <section aria-labelledby={`${formId}-heading`} className="dwb-signal-section">
      <Heading2 id={`${formId}-heading`}>{checklist.name[language]}</Heading2>
      <div role="status" className="dwb-status-region">
        {announcement}
      </div>
      {saved && <StatusMessage>{saved}</StatusMessage>}
      <FormErrorSummary formId={formId} error={form.error} fieldErrors={form.fieldErrors} fields={labels} />
      <form className="utrecht-form dwb-form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <TextField
          id={id('name.nl')}
          name="nameNl"
          label={t('inspections.nameNl')}
          value={name.nl}
          onChange={(nl) => setName((n) => ({ ...n, nl }))}
          error={form.fieldErrors['name.nl']}
          maxLength={100}
          required
        />
        <TextField
          id={id('name.en')}
          name="nameEn"
          label={t('inspections.nameEn')}
          value={name.en}
          onChange={(en) => setName((n) => ({ ...n, en }))}
          error={form.fieldErrors['name.en']}
          maxLength={100}
          required
        />
        <ol className="dwb-signal-rows">
          {items.map((item, i) => {
            const n = String(i + 1);
            return (
              <li key={i} className="dwb-signal-row">
                <Fieldset>
                  <FieldsetLegend>{t('inspections.itemLegend', { index: n })}</FieldsetLegend>
                  <TextField
                    id={id(`items.${i}.code`)}
                    name={`code-${i}`}
                    label={t('inspections.itemCode')}
                    description={i === 0 ? t('inspections.itemCodeHint') : undefined}
                    value={item.code}
                    onChange={(code) => update(i, { code })}
                    error={form.fieldErrors[`items.${i}.code`]}
                    maxLength={40}
                    required
                    spellCheck={false}
                    autoCapitalize="none"
                  />
                  <TextField
                    id={id(`items.${i}.textNl`)}
                    name={`textNl-${i}`}
                    label={t('inspections.itemTextNl')}
                    value={item.textNl}
                    onChange={(textNl) => update(i, { textNl })}
                    error={form.fieldErrors[`items.${i}.textNl`]}
                    maxLength={500}
                    required
                  />
                  <TextField
                    id={id(`items.${i}.textEn`)}
                    name={`textEn-${i}`}
                    label={t('inspections.itemTextEn')}
                    value={item.textEn}
                    onChange={(textEn) => update(i, { textEn })}
                    error={form.fieldErrors[`items.${i}.textEn`]}
                    maxLength={500}
                    required
                  />
                  <ButtonGroup>
                    {i > 0 && (
                      <Button appearance="subtle-button" aria-label={t('inspections.moveUpLabel', { index: n })} onClick={() => move(i, -1)}>
                        {t('inspections.moveUp')}
                      </Button>
                    )}
                    {i < items.length - 1 && (
                      <Button appearance="subtle-button" aria-label={t('inspections.moveDownLabel', { index: n })} onClick={() => move(i, 1)}>
                        {t('inspections.moveDown')}
                      </Button>
                    )}
                    <Button appearance="subtle-button" aria-label={t('inspections.removeLabel', { index: n })} onClick={() => remove(i)}>
                      {t('inspections.remove')}
                    </Button>
                  </ButtonGroup>
                </Fieldset>
              </li>
            );
          })}
        </ol>
        <ButtonGroup>
          <Button appearance="secondary-action-button" onClick={add}>
            {t('inspections.addItem')}
          </Button>
          <PrimaryActionButton type="submit" aria-disabled={form.busy || undefined}>
            {t('inspections.saveChecklist')}
          </PrimaryActionButton>
        </ButtonGroup>
      </form>
    </section>
  );
}

/** The checklist editor (enforcement:manage): per object type its items, added, removed and reordered. */
export function ChecklistsPage() {
  const { t } = useTranslation();
  const checklists = useApiResource((signal) => fetchManagedChecklists(signal), []);
  return (
    <>
      <PageTitle>{t('inspections.checklistsTitle')}</PageTitle>
      <Paragraph lead>{t('inspections.checklistsIntro')}</Paragraph>
      <Alert type="info">
        <Paragraph>{t('inspections.checklistsPolicy')}</Paragraph>
      </Alert>
      {checklists.loading && <Loading />}
      {checklists.error !== null && <ErrorAlert error={checklists.error} />}
      {checklists.data?.map((checklist) => (
        <ChecklistEditor key={checklist.objectType} checklist={checklist} />
      ))}
    </>
  );
}
