import type { DrugClass, PremisesType, QuantityBand } from './vocabulary.js';

/**
 * The escalation matrix (handhavingsmatrix) as pure functions: which earlier measures count as earlier
 * offences, which row applies, and the Dutch sentence that says why. The rows themselves are data
 * (enforcement_matrix_rows), kept by the jurists; the default rows model a typical municipal policy
 * rule and must be checked against the municipality's own.
 */

export interface MatrixRow {
  id: string;
  premisesType: string;
  drugClass: string;
  quantityBand: string;
  offenceNumber: number;
  lookbackMonths: number;
  legalBasisCode: string;
  durationMonths: number | null;
  active: boolean;
}

export interface EarlierMeasure {
  id: string;
  number: string;
  /** Day of the earlier offence, YYYY-MM-DD. */
  offenceOn: string;
}

export interface ProposalQuestion {
  premisesType: PremisesType;
  drugClass: DrugClass;
  quantityBand: QuantityBand;
  /** Day of the new offence, YYYY-MM-DD. */
  offenceOn: string;
}

export interface Proposal {
  applicable: boolean;
  offenceNumber: number;
  row: MatrixRow | null;
  /** The premises type whose rows were used (horeca and bedrijfspand fall back to lokaal). */
  matrixPremisesType: string;
  lookbackMonths: number | null;
  earlierMeasures: EarlierMeasure[];
  reason: string;
}

export const premisesNamesNl: Readonly<Record<string, string>> = {
  woning: 'woning',
  lokaal: 'lokaal',
  horeca: 'horecalokaliteit',
  bedrijfspand: 'bedrijfspand',
  erf: 'erf',
};
export const drugClassNamesNl: Readonly<Record<string, string>> = {
  list_i: 'lijst I (harddrugs)',
  list_ii: 'lijst II (softdrugs)',
  preparation: 'voorbereidingshandelingen',
};
export const quantityBandNamesNl: Readonly<Record<string, string>> = {
  personal_use: 'gebruikershoeveelheid',
  trade: 'handelshoeveelheid',
  large_trade: 'grote handelshoeveelheid',
};

/** Premises without rows of their own use the rows of another type: a horeca venue or business premises is a lokaal in the sense of art. 13b. */
const fallback: Readonly<Record<string, string>> = { horeca: 'lokaal', bedrijfspand: 'lokaal' };

/** The same address written with other capitals, spaces or punctuation is the same address. */
export function normaliseAddress(label: string): string {
  return label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** A date `months` calendar months earlier (the day clipped to the month's length), YYYY-MM-DD. */
export function monthsBefore(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) - months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** The earlier measures that count: offence within the look-back window before the new offence, oldest first. */
export function countedEarlier(earlier: readonly EarlierMeasure[], offenceOn: string, lookbackMonths: number): EarlierMeasure[] {
  const since = monthsBefore(offenceOn, lookbackMonths);
  return earlier.filter((e) => e.offenceOn >= since && e.offenceOn < offenceOn).sort((a, b) => a.offenceOn.localeCompare(b.offenceOn));
}

function ordinal(n: number): string {
  return `${n}e`;
}

/**
 * The proposal of the matrix for a new offence. The offence number is 1 + the earlier measures within the
 * look-back window of the rows for this combination; the row with that number applies, or the highest row
 * below it ("n or more"). `basisName` names a legal basis in Dutch for the sentence.
 */
export function proposeMeasure(
  rows: readonly MatrixRow[],
  question: ProposalQuestion,
  earlier: readonly EarlierMeasure[],
  basisName: (code: string) => string,
): Proposal {
  const combo = (type: string) =>
    rows.filter((r) => r.active && r.premisesType === type && r.drugClass === question.drugClass && r.quantityBand === question.quantityBand);
  let matrixPremisesType: string = question.premisesType;
  let candidates = combo(matrixPremisesType);
  const fallbackType = fallback[question.premisesType];
  if (candidates.length === 0 && fallbackType) {
    matrixPremisesType = fallbackType;
    candidates = combo(fallbackType);
  }
  const what = `${premisesNamesNl[question.premisesType] ?? question.premisesType}, ${drugClassNamesNl[question.drugClass]}, ${quantityBandNamesNl[question.quantityBand]}`;
  if (candidates.length === 0) {
    const counted = countedEarlier(earlier, question.offenceOn, 60);
    return {
      applicable: false,
      offenceNumber: counted.length + 1,
      row: null,
      matrixPremisesType,
      lookbackMonths: null,
      earlierMeasures: counted,
      reason:
        question.quantityBand === 'personal_use'
          ? 'Geen rij van toepassing: artikel 13b vraagt een handelshoeveelheid.'
          : `Geen rij van toepassing: de matrix heeft geen rij voor ${what}.`,
    };
  }
  const lookbackMonths = Math.max(...candidates.map((r) => r.lookbackMonths));
  const counted = countedEarlier(earlier, question.offenceOn, lookbackMonths);
  const offenceNumber = counted.length + 1;
  const row = candidates.filter((r) => r.offenceNumber <= offenceNumber).sort((a, b) => b.offenceNumber - a.offenceNumber)[0] ?? null;
  const earlierText =
    counted.length === 0
      ? `Geen eerdere maatregel binnen ${lookbackMonths} maanden voor ${formatDate(question.offenceOn)}: dit is het 1e feit.`
      : `${counted.length === 1 ? 'Eén eerdere maatregel' : `${counted.length} eerdere maatregelen`} binnen ${lookbackMonths} maanden (${counted
          .map((e) => `${e.number} van ${formatDate(e.offenceOn)}`)
          .join(', ')}): dit is het ${ordinal(offenceNumber)} feit.`;
  if (!row) {
    return {
      applicable: false,
      offenceNumber,
      row: null,
      matrixPremisesType,
      lookbackMonths,
      earlierMeasures: counted,
      reason: `${earlierText} Geen rij van toepassing: de matrix heeft voor ${what} geen rij voor het ${ordinal(offenceNumber)} feit of lager.`,
    };
  }
  const via = matrixPremisesType !== question.premisesType ? ` (de rijen voor ${premisesNamesNl[matrixPremisesType] ?? matrixPremisesType} gelden)` : '';
  const highest =
    row.offenceNumber < offenceNumber
      ? ` De matrix heeft geen rij voor het ${ordinal(offenceNumber)} feit; de hoogste rij (${ordinal(row.offenceNumber)} feit of vaker) geldt.`
      : '';
  const measure = `${basisName(row.legalBasisCode)}${row.durationMonths ? ` voor ${row.durationMonths} maanden` : ''}`;
  return {
    applicable: true,
    offenceNumber,
    row,
    matrixPremisesType,
    lookbackMonths,
    earlierMeasures: counted,
    reason: `${earlierText}${highest} Rij ${what}${via}, ${ordinal(row.offenceNumber)} feit: ${measure}.`,
  };
}

function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${Number(d)}-${Number(m)}-${y}`;
}
