import { describe, expect, it } from 'vitest';
import { EMPTY_PARTNER_REPORT, emptyFind, emptyPerson, parseQuantity, removeRow, toPartnerReport, updateRow, validatePartnerReport } from './partnerReport';

const messages = {
  referenceRequired: 'reference',
  searchDateInvalid: 'searchDate',
  kindRequired: 'kind',
  quantityInvalid: 'quantity',
  unitRequired: 'unit',
  nameRequired: 'name',
  dateOfBirthInvalid: 'dateOfBirth',
  roleRequired: 'role',
};

describe('partner report rows → body', () => {
  it('sends the rows in order, trimmed, with quantities as numbers and an empty date of birth as null', () => {
    const body = toPartnerReport({
      reference: ' PL0900-2026-123 ',
      searchDate: '2026-03-02',
      finds: [
        { ...emptyFind(), kind: 'cannabis_plants', quantity: '120', unit: 'pieces', description: ' in de zolder ' },
        { ...emptyFind(), kind: 'cash', quantity: '2500,50', unit: 'euros' },
      ],
      persons: [{ ...emptyPerson(), name: ' J. de Vries ', dateOfBirth: '', role: 'tenant' }],
      electricityTheft: true,
      dangerousSituation: false,
      reportingOfficer: ' ',
    });
    expect(body).toEqual({
      reference: 'PL0900-2026-123',
      searchDate: '2026-03-02',
      finds: [
        { kind: 'cannabis_plants', description: 'in de zolder', quantity: 120, unit: 'pieces' },
        { kind: 'cash', description: '', quantity: 2500.5, unit: 'euros' },
      ],
      persons: [{ name: 'J. de Vries', dateOfBirth: null, role: 'tenant' }],
      electricityTheft: true,
      dangerousSituation: false,
      reportingOfficer: '',
    });
  });

  it('never sends the local row ids', () => {
    const body = toPartnerReport({ ...EMPTY_PARTNER_REPORT, finds: [emptyFind()], persons: [emptyPerson()] });
    expect(Object.keys(body.finds[0] ?? {})).not.toContain('rowId');
    expect(Object.keys(body.persons[0] ?? {})).not.toContain('rowId');
  });
});

describe('validatePartnerReport', () => {
  it('names each missing field by its server path, row by row', () => {
    const errors = validatePartnerReport(
      {
        ...EMPTY_PARTNER_REPORT,
        finds: [{ ...emptyFind(), kind: 'cash', quantity: 'veel', unit: '' }],
        persons: [{ ...emptyPerson(), name: '', dateOfBirth: '2026-02-30', role: '' }],
      },
      messages,
    );
    expect(errors).toEqual({
      'partnerReport.reference': 'reference',
      'partnerReport.searchDate': 'searchDate',
      'partnerReport.finds.0.quantity': 'quantity',
      'partnerReport.finds.0.unit': 'unit',
      'partnerReport.persons.0.name': 'name',
      'partnerReport.persons.0.dateOfBirth': 'dateOfBirth',
      'partnerReport.persons.0.role': 'role',
    });
  });

  it('accepts a complete report', () => {
    const errors = validatePartnerReport(
      {
        ...EMPTY_PARTNER_REPORT,
        reference: 'BVH-1',
        searchDate: '2026-03-02',
        finds: [{ ...emptyFind(), kind: 'cannabis_dried', quantity: '0', unit: 'grams' }],
        persons: [{ ...emptyPerson(), name: 'X', role: 'occupant' }],
      },
      messages,
    );
    expect(errors).toEqual({});
  });
});

describe('rows', () => {
  it('get distinct local ids', () => {
    expect(emptyFind().rowId).not.toBe(emptyFind().rowId);
  });

  it('are removed and updated by index', () => {
    const rows = [emptyPerson(), emptyPerson(), emptyPerson()];
    expect(removeRow(rows, 1).map((row) => row.rowId)).toEqual([rows[0]?.rowId, rows[2]?.rowId]);
    const updated = updateRow(rows, 2, 'name', 'Z');
    expect(updated[2]?.name).toBe('Z');
    expect(updated[0]).toBe(rows[0]);
  });

  it('parse quantities with a comma or a point', () => {
    expect(parseQuantity('3')).toBe(3);
    expect(parseQuantity('0,25')).toBe(0.25);
    expect(parseQuantity('1.000,00')).toBeNull();
    expect(parseQuantity('')).toBeNull();
  });
});
