import {
  Button,
  ButtonGroup,
  Heading2,
  Heading3,
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
import { ConfirmAction } from '../../../../components/ConfirmAction';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { fieldId, type FieldErrors } from '../../../../components/fieldErrors';
import { FormErrorSummary } from '../../../../components/FormErrorSummary';
import { SelectField } from '../../../../components/SelectField';
import { TableScroll } from '../../../../components/TableScroll';
import { TextField } from '../../../../components/TextField';
import { useFormSubmission } from '../../../../components/useFormSubmission';
import { addTeamMember, fetchCandidates, removeTeamMember, TEAM_ROLES, type Candidate, type TeamRole, type TrajectoryDetail } from '../api';
import { teamRoleLabel } from '../labels';

const FORM_ID = 'team-add';
/** Roles someone can be added with; the regisseur is assigned with a handover, not here. */
const ADDABLE_ROLES = TEAM_ROLES.filter((r) => r !== 'regisseur');

function AddMemberForm({ detail, onAdded }: { detail: TrajectoryDetail; onAdded: (next: TrajectoryDetail, name: string) => void }) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [candidates, setCandidates] = useState<Candidate[] | null>(null);
  const [searchError, setSearchError] = useState<unknown>(null);
  const [userId, setUserId] = useState('');
  const [teamRole, setTeamRole] = useState<TeamRole | ''>('');
  const form = useFormSubmission();
  const id = (name: string) => fieldId(FORM_ID, name);
  const available = (candidates ?? []).filter((c) => !detail.team.some((m) => m.userId === c.id));

  const search = async () => {
    try {
      setCandidates(await fetchCandidates(q.trim()));
      setSearchError(null);
    } catch (error) {
      setSearchError(error);
    }
  };
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const chosen = available.find((c) => c.id === userId);
    const errors: FieldErrors = {
      ...(chosen ? {} : { userId: t('careers.errors.required') }),
      ...(teamRole ? {} : { teamRole: t('careers.errors.required') }),
    };
    await form.submit(errors, async () => {
      if (!chosen || !teamRole) return;
      const next = await addTeamMember(detail.id, chosen.id, teamRole);
      setUserId('');
      setTeamRole('');
      onAdded(next, chosen.name);
    });
  };

  return (
    <>
      <Heading3>{t('careers.addMember')}</Heading3>
      <div className="utrecht-form dwb-form">
        <TextField id={id('q')} name="q" type="search" label={t('careers.candidateSearch')} value={q} onChange={setQ} maxLength={100} />
        <ButtonGroup>
          <Button appearance="secondary-action-button" onClick={() => void search()}>
            {t('careers.searchCandidates')}
          </Button>
        </ButtonGroup>
      </div>
      {searchError !== null && <ErrorAlert error={searchError} />}
      {candidates !== null && (
        <>
          <FormErrorSummary
            formId={FORM_ID}
            error={form.error}
            fieldErrors={form.fieldErrors}
            fields={{ userId: t('careers.candidate'), teamRole: t('careers.teamRoleLabel') }}
          />
          <form className="utrecht-form dwb-form" noValidate onSubmit={(event) => void onSubmit(event)}>
            <SelectField
              id={id('userId')}
              name="userId"
              label={t('careers.candidate')}
              value={available.some((c) => c.id === userId) ? userId : ''}
              emptyOption={t('common.chooseOption')}
              options={available.map((c) => ({ value: c.id, label: `${c.name} (${c.organisation})` }))}
              onChange={setUserId}
              error={form.fieldErrors.userId}
              required
            />
            <SelectField
              id={id('teamRole')}
              name="teamRole"
              label={t('careers.teamRoleLabel')}
              value={teamRole}
              emptyOption={t('common.chooseOption')}
              options={ADDABLE_ROLES.map((r) => ({ value: r, label: teamRoleLabel(t, r) }))}
              onChange={(v) => setTeamRole(ADDABLE_ROLES.find((r) => r === v) ?? '')}
              error={form.fieldErrors.teamRole}
              required
            />
            <PrimaryActionButton type="submit" aria-disabled={form.busy || undefined}>
              {t('careers.submitAddMember')}
            </PrimaryActionButton>
          </form>
        </>
      )}
    </>
  );
}

/** The case team; writers add and remove members (never the regisseur). */
export function TeamSection({ detail, onChange }: { detail: TrajectoryDetail; onChange: (next: TrajectoryDetail, message: string) => void }) {
  const { t } = useTranslation();
  const [error, setError] = useState<unknown>(null);
  const caption = t('careers.teamCaption');
  const manage = detail.permissions.canManageTeam;
  const remove = async (userId: string, name: string) => {
    try {
      onChange(await removeTeamMember(detail.id, userId), t('careers.removed', { name }));
      setError(null);
    } catch (caught) {
      setError(caught);
    }
  };
  return (
    <section aria-labelledby="team-heading" className="dwb-signal-section">
      <Heading2 id="team-heading">{t('careers.teamSectionTitle')}</Heading2>
      {error !== null && <ErrorAlert error={error} />}
      <TableScroll label={caption}>
        <Table className="dwb-table">
          <TableCaption className="dwb-table-caption">{caption}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('careers.colMember')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('careers.colOrganisation')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('careers.colRole')}</TableHeaderCell>
              {manage && <TableHeaderCell scope="col">{t('careers.remove')}</TableHeaderCell>}
            </TableRow>
          </TableHeader>
          <TableBody>
            {detail.team.map((m) => (
              <TableRow key={m.userId}>
                <TableHeaderCell scope="row" className="dwb-row-header">
                  {m.name}
                </TableHeaderCell>
                <TableCell>{m.organisation}</TableCell>
                <TableCell>{teamRoleLabel(t, m.teamRole)}</TableCell>
                {manage && (
                  <TableCell>
                    {m.teamRole !== 'regisseur' && (
                      <ConfirmAction
                        label={t('careers.removeLabel', { name: m.name })}
                        question={t('careers.removeQuestion', { name: m.name })}
                        onConfirm={() => remove(m.userId, m.name)}
                        danger
                      />
                    )}
                  </TableCell>
                )}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableScroll>
      {manage && <AddMemberForm detail={detail} onAdded={(next, name) => onChange(next, t('careers.added', { name }))} />}
    </section>
  );
}
