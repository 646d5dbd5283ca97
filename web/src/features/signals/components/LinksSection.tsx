import {
  Button,
  Fieldset,
  FieldsetLegend,
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
import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PREMISES_TYPES, type PremisesType } from '../../../domain/vocabulary';
import { paths } from '../../../app/paths';
import { ConfirmAction } from '../../../components/ConfirmAction';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { fieldId, type FieldErrors } from '../../../components/fieldErrors';
import { FormErrorSummary } from '../../../components/FormErrorSummary';
import { RouterLink } from '../../../components/RouterLink';
import { SelectField } from '../../../components/SelectField';
import { TableScroll } from '../../../components/TableScroll';
import { TextField } from '../../../components/TextField';
import { useFormSubmission } from '../../../components/useFormSubmission';
import { searchRegistry, type SearchHit } from '../../registry/api';
import { isSearchable } from '../../registry/combobox';
import { premisesLabel, subjectKindLabel } from '../../registry/labels';
import { RadioGroupField } from '../../registry/components/RadioGroupField';
import { linkAddress, linkSubject, unlinkSubject, type LinkView, type SignalDetail } from '../api';
import { formatAddress } from '../format';
import { linkRoleLabel } from '../labels';
import { isOneOf, LINK_ROLES, type LinkRole } from '../vocabulary';

type OnChanged = (signal: SignalDetail, message: string) => void;

/** The registry subjects linked to the signal; each links to its profile, and can be unlinked. */
export function LinksTable({ signal, onChanged }: { signal: SignalDetail; onChanged: OnChanged }) {
  const { t } = useTranslation();
  const caption = t('signals.links.caption', { number: signal.number });
  const unlink = async (link: LinkView) => {
    onChanged(await unlinkSubject(signal.id, link.subjectId), t('signals.links.unlinked', { label: link.label }));
  };
  return (
    <TableScroll label={caption}>
      <Table className="dwb-table">
        <TableCaption className="dwb-table-caption">{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('signals.links.columns.subject')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('signals.links.columns.kind')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('signals.links.columns.detail')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('signals.links.columns.role')}</TableHeaderCell>
            {signal.canWrite && <TableHeaderCell scope="col">{t('signals.links.columns.actions')}</TableHeaderCell>}
          </TableRow>
        </TableHeader>
        <TableBody>
          {signal.links.map((link) => (
            <TableRow key={`${link.subjectId}-${link.role}`}>
              <TableHeaderCell scope="row" className="dwb-row-header">
                <RouterLink to={paths.subject(link.subjectId)}>
                  {link.label}
                  <span className="dwb-ref"> ({link.ref})</span>
                </RouterLink>
              </TableHeaderCell>
              <TableCell>{subjectKindLabel(t, link.kind)}</TableCell>
              <TableCell>{link.detail || t('common.none')}</TableCell>
              <TableCell>{linkRoleLabel(t, link.role)}</TableCell>
              {signal.canWrite && (
                <TableCell>
                  <ConfirmAction
                    label={`${t('signals.links.unlink')}: ${link.label}`}
                    question={t('signals.links.unlinkQuestion', { label: link.label })}
                    onConfirm={() => unlink(link)}
                  />
                </TableCell>
              )}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroll>
  );
}

const ADDRESS_FORM_ID = 'signal-link-address';

/**
 * "Adres vastleggen in register": shown when the signal has an address that is not linked as its
 * location yet. The registry needs the kind of premises, which the reporter does not give.
 */
export function LinkAddressAction({ signal, onChanged }: { signal: SignalDetail; onChanged: OnChanged }) {
  const { t } = useTranslation();
  const [premisesType, setPremisesType] = useState<PremisesType | ''>('');
  const form = useFormSubmission();
  const address = formatAddress(signal.location);
  if (!address || signal.links.some((link) => link.kind === 'address' && link.role === 'location')) {
    return null;
  }
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    await form.submit({ premisesType: premisesType ? undefined : t('signals.links.premisesTypeRequired') }, async () => {
      if (!premisesType) {
        return;
      }
      onChanged(await linkAddress(signal.id, premisesType), t('signals.links.addressLinked'));
    });
  };
  return (
    <>
      <FormErrorSummary formId={ADDRESS_FORM_ID} error={form.error} fieldErrors={form.fieldErrors} fields={{ premisesType: t('signals.links.premisesType') }} />
      <form className="utrecht-form dwb-form dwb-signal-block" noValidate onSubmit={(event) => void onSubmit(event)}>
        <Paragraph>{t('signals.links.addressHint', { address })}</Paragraph>
        <SelectField
          id={fieldId(ADDRESS_FORM_ID, 'premisesType')}
          name="premisesType"
          label={t('signals.links.premisesType')}
          value={premisesType}
          emptyOption={t('common.chooseOption')}
          options={PREMISES_TYPES.map((value) => ({ value, label: premisesLabel(t, value) }))}
          onChange={(value) => setPremisesType(PREMISES_TYPES.find((item) => item === value) ?? '')}
          error={form.fieldErrors.premisesType}
          required
        />
        <Button type="submit" appearance="secondary-action-button" busy={form.busy}>
          {t('signals.links.address')}
        </Button>
      </form>
    </>
  );
}

const FORM_ID = 'signal-link';

/** "Subject koppelen": find a subject with the registry search, choose it and its role. */
export function LinkSubjectForm({ signal, onChanged }: { signal: SignalDetail; onChanged: OnChanged }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [queryError, setQueryError] = useState<string | undefined>(undefined);
  const [candidates, setCandidates] = useState<SearchHit[] | null>(null);
  const [subjectId, setSubjectId] = useState('');
  const [role, setRole] = useState<LinkRole | ''>('');
  const [searching, setSearching] = useState(false);
  const [searchError, setSearchError] = useState<unknown>(null);
  const form = useFormSubmission();
  const id = (name: string) => fieldId(FORM_ID, name);
  const errors: FieldErrors = { ...form.fieldErrors, query: queryError };

  const find = async () => {
    if (!isSearchable(query)) {
      setQueryError(t('registry.home.queryTooShort'));
      return;
    }
    setQueryError(undefined);
    setSearching(true);
    setSearchError(null);
    try {
      const hits = await searchRegistry(query, { limit: 20 });
      setCandidates(hits.filter((hit) => hit.type === 'subject'));
      setSubjectId('');
    } catch (caught) {
      setSearchError(caught);
      setCandidates(null);
    } finally {
      setSearching(false);
    }
  };

  const onQueryKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // Enter in the search field searches instead of submitting the whole form.
    if (event.key === 'Enter' && event.target instanceof HTMLInputElement && event.target.id === id('query')) {
      event.preventDefault();
      void find();
    }
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const clientErrors: FieldErrors = {
      subjectId: subjectId ? undefined : t('signals.links.subjectRequired'),
      role: role ? undefined : t('signals.links.roleRequired'),
    };
    await form.submit(clientErrors, async () => {
      if (!role) {
        return;
      }
      const label = candidates?.find((hit) => hit.id === subjectId)?.label ?? '';
      const updated = await linkSubject(signal.id, subjectId, role);
      setQuery('');
      setCandidates(null);
      setSubjectId('');
      setRole('');
      onChanged(updated, t('signals.links.linked', { label }));
    });
  };

  const labels = { subjectId: t('signals.links.candidates'), role: t('signals.links.role') };

  return (
    <>
      <FormErrorSummary formId={FORM_ID} error={form.error} fieldErrors={form.fieldErrors} fields={labels} />
      <form className="utrecht-form dwb-form" noValidate onSubmit={(event) => void onSubmit(event)}>
        <Fieldset className="dwb-subfieldset" onKeyDown={onQueryKeyDown}>
          <FieldsetLegend>{t('signals.links.formLegend')}</FieldsetLegend>
          <div className="dwb-inline-search">
            <TextField
              id={id('query')}
              name="query"
              type="search"
              label={t('signals.links.search')}
              description={t('signals.links.searchHint')}
              value={query}
              onChange={setQuery}
              error={errors.query}
              autoComplete="off"
              spellCheck={false}
            />
            <Button type="button" appearance="secondary-action-button" busy={searching} onClick={() => void find()}>
              {t('signals.links.find')}
            </Button>
          </div>
          {searchError !== null && <ErrorAlert error={searchError} />}
          <div role="status" className="dwb-feedback-inline">
            {candidates && candidates.length === 0 && <Paragraph>{t('signals.links.noCandidates')}</Paragraph>}
          </div>
          {candidates && candidates.length > 0 ? (
            <RadioGroupField
              id={id('subjectId')}
              name="subjectId"
              legend={labels.subjectId}
              value={subjectId}
              options={candidates.map((hit) => ({
                value: hit.id,
                label: `${hit.label} (${hit.ref})`,
                description: [subjectKindLabel(t, hit.kind), hit.detail].filter(Boolean).join(' · '),
              }))}
              onChange={setSubjectId}
              error={errors.subjectId}
            />
          ) : (
            errors.subjectId && (
              <p id={id('subjectId')} tabIndex={-1} className="utrecht-form-field-error-message dwb-standalone-error">
                {errors.subjectId}
              </p>
            )
          )}
        </Fieldset>
        <SelectField
          id={id('role')}
          name="role"
          label={labels.role}
          value={role}
          emptyOption={t('common.chooseOption')}
          options={LINK_ROLES.map((value) => ({ value, label: linkRoleLabel(t, value) }))}
          onChange={(value) => setRole(isOneOf(LINK_ROLES, value) ? value : '')}
          error={errors.role}
          required
        />
        <PrimaryActionButton type="submit" busy={form.busy}>
          {t('signals.links.submit')}
        </PrimaryActionButton>
      </form>
    </>
  );
}
