import { describe, expect, it } from 'vitest';
import {
  agendaCandidates,
  attendanceRows,
  isIsoDate,
  presenceOf,
  presenceValue,
  rowErrors,
  toAttendanceInput,
  toConferenceCreate,
  validateAction,
  validateConference,
} from './forms';

const t = (key: string) => key;

describe('conference form', () => {
  it('checks title, date and time', () => {
    expect(validateConference(t, { title: ' ', heldOn: '2026-02-30', startsAt: '25:00', location: '' })).toEqual({
      title: 'conferences.errors.title',
      heldOn: 'conferences.errors.date',
      startsAt: 'conferences.errors.time',
    });
    expect(validateConference(t, { title: 'Overleg', heldOn: '2026-12-02', startsAt: '', location: '' })).toEqual({
      title: undefined,
      heldOn: undefined,
      startsAt: undefined,
    });
  });

  it('sends an empty time as null and trims', () => {
    expect(toConferenceCreate({ title: ' Overleg ', heldOn: '2026-12-02', startsAt: ' ', location: ' Stadskantoor ' })).toEqual({
      title: 'Overleg',
      heldOn: '2026-12-02',
      startsAt: null,
      location: 'Stadskantoor',
    });
  });

  it('knows real calendar dates', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2027-02-29')).toBe(false);
    expect(isIsoDate('2-12-2026')).toBe(false);
  });
});

describe('action form', () => {
  it('refuses a due date before the conference', () => {
    expect(validateAction(t, { description: 'Bellen', responsibleUserId: 'u1', dueDate: '2026-11-30' }, '2026-12-02').dueDate).toBe(
      'conferences.errors.dueBeforeConference',
    );
    expect(validateAction(t, { description: '', responsibleUserId: '', dueDate: '2026-12-02' }, '2026-12-02')).toEqual({
      description: 'conferences.errors.description',
      responsibleUserId: 'conferences.errors.responsible',
      dueDate: undefined,
    });
  });
});

describe('attendance', () => {
  it('maps presence both ways', () => {
    expect([true, false, null].map(presenceOf)).toEqual(['present', 'absent', 'unknown']);
    expect(presenceValue('present')).toBe(true);
    expect(presenceValue('absent')).toBe(false);
    expect(presenceValue('unknown')).toBeNull();
  });

  it('sends users by id, external people by name, and drops empty rows', () => {
    const rows = attendanceRows([
      { id: 'a1', userId: 'u1', name: 'Pim', organisation: 'Gemeente', present: true },
      { id: 'a2', userId: null, name: 'Bram', organisation: 'Leerplicht', present: null },
    ]);
    rows.push({ key: 'new', userId: null, name: ' ', organisation: '', presence: 'present' });
    expect(toAttendanceInput(rows)).toEqual([
      { userId: 'u1', present: true },
      { name: 'Bram', organisation: 'Leerplicht', present: null },
    ]);
  });

  it('puts server errors on the row they belong to, skipping empty rows', () => {
    const rows = [
      { key: 'empty', userId: null, name: '', organisation: '', presence: 'unknown' as const },
      { key: 'a', userId: 'u1', name: 'Pim', organisation: '', presence: 'unknown' as const },
      { key: 'b', userId: 'u1', name: 'Pim', organisation: '', presence: 'unknown' as const },
    ];
    expect(rowErrors({ 'attendees.1.userId': 'Dubbel' }, rows)).toEqual({ b: 'Dubbel' });
  });
});

describe('agenda candidates', () => {
  it('leaves out trajectories already on the agenda', () => {
    expect(agendaCandidates([{ id: 'a' }, { id: 'b' }], ['a'])).toEqual([{ id: 'b' }]);
  });
});
