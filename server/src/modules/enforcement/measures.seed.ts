import type { Insertable } from 'kysely';
import type { EnforcementLegalBasisTable, EnforcementMatrixRowTable } from '../../db/schema-measures.js';
import type { Db } from '../../kernel/db.js';
import type { MeasureKind, PremisesType } from './vocabulary.js';

/**
 * The reference data of measures: the legal bases (domain brief §3) and a default escalation matrix
 * (domain brief §1, "typical pattern"). Both are data the jurists keep; the terms and durations here
 * are defaults that each municipality must check against its own policy rule (beleidsregel). Inserts
 * missing rows only: what a jurist changed stays as it is.
 */

const DEFAULTS_NL = 'De termijnen en de maximale duur zijn standaardwaarden: toets ze aan de beleidsregel van de gemeente.';
const DEFAULTS_EN = "The terms and the maximum duration are defaults: check them against the municipality's policy rule.";

interface BasisSeed {
  code: string;
  kind: MeasureKind;
  nameNl: string;
  nameEn: string;
  article: string;
  authority: 'burgemeester' | 'college';
  premises: PremisesType[];
  closure?: boolean;
  requiresOpinion?: boolean;
  graceDays: number | null;
  maxMonths: number | null;
  nl: string;
  en: string;
}

export const legalBasisSeeds: readonly BasisSeed[] = [
  {
    code: 'opiumwet_13b_woning',
    kind: 'closure',
    nameNl: 'Sluiting woning (Opiumwet art. 13b)',
    nameEn: 'Closure of a home (Opium Act s. 13b)',
    article: 'Opiumwet art. 13b lid 1 (sub a en b); Awb 5:21, 5:24',
    authority: 'burgemeester',
    premises: ['woning', 'erf'],
    closure: true,
    graceDays: 14,
    maxMonths: 12,
    nl: `Last onder bestuursdwang: sluiting van een woning of bijbehorend erf waar drugs van lijst I of II worden verkocht, afgeleverd of verstrekt of daartoe aanwezig zijn, of voorbereidingshandelingen plaatsvinden. Een openbare-ordeverstoring is niet nodig; wel een handelshoeveelheid. Begunstigingstermijn 14 dagen tenzij spoed; woningen hoogstens 12 maanden. ${DEFAULTS_NL}`,
    en: `Order under administrative enforcement: closure of a home or its yard where list I or II drugs are sold, delivered or supplied or present for that purpose, or preparatory acts take place. No disturbance of public order is needed; a trade quantity is. Grace period 14 days unless urgent; homes at most 12 months. ${DEFAULTS_EN}`,
  },
  {
    code: 'opiumwet_13b_lokaal',
    kind: 'closure',
    nameNl: 'Sluiting lokaal (Opiumwet art. 13b)',
    nameEn: 'Closure of premises (Opium Act s. 13b)',
    article: 'Opiumwet art. 13b lid 1 (sub a en b); Awb 5:21, 5:24',
    authority: 'burgemeester',
    premises: ['lokaal', 'horeca', 'bedrijfspand', 'erf'],
    closure: true,
    graceDays: 14,
    maxMonths: 120,
    nl: `Sluiting van een lokaal (ook horeca en bedrijfspanden) of bijbehorend erf op grond van art. 13b. Voor lokalen is de beleidsregel strenger dan voor woningen, tot sluiting voor onbepaalde tijd; 120 maanden is hier de hoogste duur die het systeem vastlegt. ${DEFAULTS_NL}`,
    en: `Closure of premises (including bars and business premises) or their yard under s. 13b. Policy is stricter for premises than for homes, up to indefinite closure; 120 months is the longest duration this system records. ${DEFAULTS_EN}`,
  },
  {
    code: 'gemeentewet_174a',
    kind: 'closure',
    nameNl: 'Sluiting woning of niet-publiek lokaal (Gemeentewet art. 174a)',
    nameEn: 'Closure of a home or non-public premises (Municipalities Act s. 174a)',
    article: 'Gemeentewet art. 174a; Awb 5:25–5:28',
    authority: 'burgemeester',
    premises: ['woning', 'lokaal', 'erf'],
    closure: true,
    graceDays: 14,
    maxMonths: 12,
    nl: `Sluiting wanneer gedragingen in of bij de woning of het lokaal de openbare orde rond die plaats verstoren en herhaling te vrezen is (lid 1 en 2); sinds 1 januari 2024 ook bij ernstig geweld of bedreiging en bij aangetroffen wapens. Eerst gelegenheid de verstoring te beëindigen, tenzij spoed (lid 4). ${DEFAULTS_NL}`,
    en: `Closure when conduct in or near the home or premises disturbs public order and repetition is feared (paragraphs 1 and 2); since 1 January 2024 also for serious violence or threats and for weapons found. First a chance to end the disturbance unless urgent (paragraph 4). ${DEFAULTS_EN}`,
  },
  {
    code: 'gemeentewet_174',
    kind: 'closure',
    nameNl: 'Sluiting openbaar toegankelijk gebouw (Gemeentewet art. 174)',
    nameEn: 'Closure of publicly accessible premises (Municipalities Act s. 174)',
    article: 'Gemeentewet art. 174 lid 1 en 3',
    authority: 'burgemeester',
    premises: ['horeca', 'lokaal', 'bedrijfspand'],
    closure: true,
    graceDays: 14,
    maxMonths: 12,
    nl: `Toezicht op en sluiting van voor het publiek openstaande gebouwen (horeca, winkels) in het belang van de openbare orde, veiligheid of gezondheid. ${DEFAULTS_NL}`,
    en: `Supervision and closure of buildings open to the public (bars, shops) in the interest of public order, safety or health. ${DEFAULTS_EN}`,
  },
  {
    code: 'woningwet_17',
    kind: 'closure',
    nameNl: 'Sluiting gebouw of erf (Woningwet art. 17)',
    nameEn: 'Closure of a building or yard (Housing Act s. 17)',
    article: 'Woningwet art. 17 (lid 1a en 1b)',
    authority: 'burgemeester',
    premises: ['woning', 'lokaal', 'bedrijfspand', 'erf'],
    closure: true,
    graceDays: 14,
    maxMonths: 12,
    nl: `Sluiting wanneer het gebruik de leefbaarheid, veiligheid of gezondheid bedreigt en herhaling te vrezen is, bijvoorbeeld bij herhaalde gevaarlijke hennepkwekerijen; kosten zijn verhaalbaar. ${DEFAULTS_NL}`,
    en: `Closure when use threatens liveability, safety or health and repetition is feared, for example repeated dangerous cannabis grows; costs are recoverable. ${DEFAULTS_EN}`,
  },
  {
    code: 'last_onder_dwangsom',
    kind: 'order_subject_to_penalty',
    nameNl: 'Last onder dwangsom',
    nameEn: 'Order subject to a penalty',
    article: 'Awb 5:31d, 5:32, 5:32b; Opiumwet art. 13b lid 1',
    authority: 'burgemeester',
    premises: ['woning', 'lokaal', 'horeca', 'bedrijfspand', 'erf'],
    graceDays: 28,
    maxMonths: null,
    nl: `Herstelsanctie: de overtreder betaalt een dwangsom als de last niet binnen de begunstigingstermijn is uitgevoerd. Bevoegd is het orgaan dat ook bestuursdwang mag toepassen; hier de burgemeester, omdat de dwangsom in dit systeem vooral dient als alternatief voor sluiting op grond van art. 13b Opiumwet (de burgemeesterbevoegdheid). Bij overtredingen van bijvoorbeeld de bouwregels is het college bevoegd: pas dan de grondslag aan of voeg er een toe. Begunstigingstermijn 28 dagen. ${DEFAULTS_NL}`,
    en: `Remedial sanction: the offender pays a penalty when the order is not carried out within the grace period. The competent body is the one that may also use administrative coercion; here the mayor, because in this system the penalty mainly serves as an alternative to closure under Opium Act s. 13b (the mayor's power). For e.g. building-rule violations the college is competent: change or add a basis then. Grace period 28 days. ${DEFAULTS_EN}`,
  },
  {
    code: 'last_onder_bestuursdwang',
    kind: 'administrative_coercion',
    nameNl: 'Last onder bestuursdwang',
    nameEn: 'Order under administrative coercion',
    article: 'Awb 5:21, 5:24, 5:25, 5:31 (spoed); Gemeentewet art. 125',
    authority: 'college',
    premises: ['woning', 'lokaal', 'horeca', 'bedrijfspand', 'erf'],
    graceDays: 28,
    maxMonths: null,
    nl: `Herstelsanctie: de gemeente treedt zelf op tegen de overtreding op kosten van de overtreder (Awb 5:25) als de last niet binnen de begunstigingstermijn is uitgevoerd. Het college is bevoegd (Gemeentewet 125); de burgemeester waar een bijzondere wet dat zegt (13b, 174a). ${DEFAULTS_NL}`,
    en: `Remedial sanction: the municipality acts against the violation itself at the offender's cost (Awb 5:25) when the order is not carried out within the grace period. The college is competent (Municipalities Act 125); the mayor where a special law says so (13b, 174a). ${DEFAULTS_EN}`,
  },
  {
    code: 'bestuurlijke_boete_huisvestingswet',
    kind: 'administrative_fine',
    nameNl: 'Bestuurlijke boete Huisvestingswet',
    nameEn: 'Administrative fine, Housing Allocation Act',
    article: 'Huisvestingswet 2014 art. 35; huisvestingsverordening; Awb 5:40 e.v.',
    authority: 'college',
    premises: ['woning'],
    graceDays: null,
    maxMonths: null,
    nl: `Bestraffende sanctie, alleen omdat een wet haar toestaat: de Huisvestingswet 2014 met de huisvestingsverordening (bijvoorbeeld onttrekken of verhuren zonder vergunning). Geen duur en geen begunstigingstermijn. ${DEFAULTS_NL}`,
    en: `Punitive sanction, only because a law allows it: the Housing Allocation Act 2014 with the municipal housing bylaw (e.g. letting without a permit). No duration and no grace period. ${DEFAULTS_EN}`,
  },
  {
    code: 'bestuurlijke_boete_alcoholwet',
    kind: 'administrative_fine',
    nameNl: 'Bestuurlijke boete Alcoholwet',
    nameEn: 'Administrative fine, Alcohol Act',
    article: 'Alcoholwet art. 44a; Awb 5:40 e.v.',
    authority: 'burgemeester',
    premises: ['horeca'],
    graceDays: null,
    maxMonths: null,
    nl: `Bestraffende sanctie, alleen omdat de Alcoholwet haar toestaat (art. 44a; de burgemeester is bevoegd). ${DEFAULTS_NL}`,
    en: `Punitive sanction, only because the Alcohol Act allows it (s. 44a; the mayor is competent). ${DEFAULTS_EN}`,
  },
  {
    code: 'alcoholwet_31_intrekking',
    kind: 'permit_revocation',
    nameNl: 'Intrekking alcoholvergunning (Alcoholwet art. 31)',
    nameEn: 'Revocation of an alcohol licence (Alcohol Act s. 31)',
    article: 'Alcoholwet art. 31; Wet Bibob art. 3',
    authority: 'burgemeester',
    premises: ['horeca'],
    graceDays: null,
    maxMonths: null,
    nl: `Intrekking van de vergunning op grond van art. 31 Alcoholwet, ook op grond van de Wet Bibob (art. 3). ${DEFAULTS_NL}`,
    en: `Revocation of the licence under Alcohol Act s. 31, also on Bibob grounds (s. 3). ${DEFAULTS_EN}`,
  },
  {
    code: 'alcoholwet_32_schorsing',
    kind: 'permit_suspension',
    nameNl: 'Schorsing alcoholvergunning (Alcoholwet art. 32)',
    nameEn: 'Suspension of an alcohol licence (Alcohol Act s. 32)',
    article: 'Alcoholwet art. 32',
    authority: 'burgemeester',
    premises: ['horeca'],
    graceDays: null,
    maxMonths: 3,
    nl: `Schorsing van de vergunning voor een bepaalde tijd (hoogstens twaalf weken: hier 3 maanden). ${DEFAULTS_NL}`,
    en: `Suspension of the licence for a set period (at most twelve weeks: 3 months here). ${DEFAULTS_EN}`,
  },
  {
    code: 'apv_exploitatievergunning_intrekking',
    kind: 'permit_revocation',
    nameNl: 'Intrekking exploitatievergunning (APV)',
    nameEn: 'Revocation of an operating licence (general bylaw)',
    article: 'APV Utrecht (exploitatievergunning openbare inrichting); Wet Bibob art. 3 en 7',
    authority: 'burgemeester',
    premises: ['horeca', 'lokaal'],
    graceDays: null,
    maxMonths: null,
    nl: `Intrekking van de exploitatievergunning op grond van de APV van Utrecht, ook op grond van de Wet Bibob (art. 3, art. 7 voor vergunningen die een verordening eist). ${DEFAULTS_NL}`,
    en: `Revocation of the operating licence under the Utrecht general bylaw, also on Bibob grounds (s. 3; s. 7 for licences a bylaw requires). ${DEFAULTS_EN}`,
  },
  {
    code: 'bibob_weigering',
    kind: 'bibob_refusal',
    nameNl: 'Weigering op grond van de Wet Bibob',
    nameEn: 'Refusal under the Bibob Act',
    article: 'Wet Bibob art. 3 lid 1',
    authority: 'burgemeester',
    premises: ['horeca', 'lokaal', 'bedrijfspand', 'woning'],
    graceDays: null,
    maxMonths: null,
    nl: `Weigering van een vergunning bij ernstig gevaar dat zij mede wordt gebruikt om criminele voordelen te benutten (a-grond) of strafbare feiten te plegen (b-grond). Bevoegd is het orgaan dat over de vergunning beslist; pas zo nodig aan. ${DEFAULTS_NL}`,
    en: `Refusal of a permit where there is a serious risk it will also be used to exploit criminal gains (a) or to commit crimes (b). The competent body is the one deciding on the permit; adjust if needed. ${DEFAULTS_EN}`,
  },
  {
    code: 'bibob_intrekking',
    kind: 'bibob_revocation',
    nameNl: 'Intrekking op grond van de Wet Bibob',
    nameEn: 'Revocation under the Bibob Act',
    article: 'Wet Bibob art. 3 lid 1',
    authority: 'burgemeester',
    premises: ['horeca', 'lokaal', 'bedrijfspand', 'woning'],
    graceDays: null,
    maxMonths: null,
    nl: `Intrekking van een vergunning bij ernstig gevaar (a- of b-grond). ${DEFAULTS_NL}`,
    en: `Revocation of a permit where there is a serious risk (a or b ground). ${DEFAULTS_EN}`,
  },
  {
    code: 'waarschuwing',
    kind: 'warning',
    nameNl: 'Waarschuwing',
    nameEn: 'Warning',
    article: 'Beleidsregel artikel 13b Opiumwet (Awb 4:81)',
    authority: 'burgemeester',
    premises: ['woning', 'lokaal', 'horeca', 'bedrijfspand', 'erf'],
    requiresOpinion: false,
    graceDays: null,
    maxMonths: null,
    nl: `Een schriftelijke waarschuwing volgens de beleidsregel: bij een volgend feit binnen de terugkijktermijn volgt een zwaardere maatregel. Een waarschuwing is geen besluit: er is geen zienswijze, en bezwaar staat er niet tegen open. ${DEFAULTS_NL}`,
    en: `A written warning under the policy rule: a further offence within the look-back period leads to a heavier measure. A warning is not a decision: no opinion is asked and no objection is open. ${DEFAULTS_EN}`,
  },
];

interface MatrixSeed {
  premises: 'woning' | 'lokaal';
  drug: 'list_i' | 'list_ii' | 'preparation';
  band: 'trade' | 'large_trade';
  /** Per offence number 1, 2, 3…: months of closure, or 'warning'. */
  steps: (number | 'warning')[];
}

/** Domain brief §1, "typical pattern"; a large trade quantity is one step heavier. */
const matrixSeeds: readonly MatrixSeed[] = [
  { premises: 'woning', drug: 'list_i', band: 'trade', steps: [3, 6, 12] },
  { premises: 'woning', drug: 'list_ii', band: 'trade', steps: ['warning', 3, 6] },
  { premises: 'woning', drug: 'preparation', band: 'trade', steps: [6, 12] },
  { premises: 'lokaal', drug: 'list_i', band: 'trade', steps: [6, 12, 24] },
  { premises: 'lokaal', drug: 'list_ii', band: 'trade', steps: [3, 6, 12] },
  { premises: 'lokaal', drug: 'preparation', band: 'trade', steps: [6, 12, 24] },
  { premises: 'woning', drug: 'list_i', band: 'large_trade', steps: [6, 12] },
  { premises: 'woning', drug: 'list_ii', band: 'large_trade', steps: [3, 6, 12] },
  { premises: 'woning', drug: 'preparation', band: 'large_trade', steps: [12] },
  { premises: 'lokaal', drug: 'list_i', band: 'large_trade', steps: [12, 24, 60] },
  { premises: 'lokaal', drug: 'list_ii', band: 'large_trade', steps: [6, 12, 24] },
  { premises: 'lokaal', drug: 'preparation', band: 'large_trade', steps: [12, 24, 60] },
];

const bandNl = { trade: 'handelshoeveelheid', large_trade: 'grote handelshoeveelheid' } as const;
const bandEn = { trade: 'trade quantity', large_trade: 'large trade quantity' } as const;

export function defaultMatrixRows(): Insertable<EnforcementMatrixRowTable>[] {
  const rows: Insertable<EnforcementMatrixRowTable>[] = [];
  let sort = 0;
  for (const m of matrixSeeds) {
    m.steps.forEach((step, i) => {
      const last = i === m.steps.length - 1;
      const number = i + 1;
      const nth = last ? `${number}e feit of vaker` : `${number}e feit`;
      const nthEn = last ? `offence ${number} or later` : `offence ${number}`;
      sort += 10;
      rows.push({
        premises_type: m.premises,
        drug_class: m.drug,
        quantity_band: m.band,
        offence_number: number,
        lookback_months: 60,
        legal_basis_code: step === 'warning' ? 'waarschuwing' : `opiumwet_13b_${m.premises}`,
        duration_months: step === 'warning' ? null : step,
        explanation_nl: `${nth} binnen 60 maanden, ${bandNl[m.band]}: ${step === 'warning' ? 'waarschuwing' : `sluiting ${step} maanden`}. Standaardmatrix naar een gangbare beleidsregel: toets aan de eigen beleidsregel van de gemeente.`,
        explanation_en: `${nthEn} within 60 months, ${bandEn[m.band]}: ${step === 'warning' ? 'warning' : `closure ${step} months`}. Default matrix after a typical policy rule: check against the municipality's own.`,
        sort_order: sort,
      });
    });
  }
  return rows;
}

export async function seedMeasureReference(db: Db): Promise<void> {
  const bases: Insertable<EnforcementLegalBasisTable>[] = legalBasisSeeds.map((b, i) => ({
    code: b.code,
    measure_kind: b.kind,
    name_nl: b.nameNl,
    name_en: b.nameEn,
    article: b.article,
    authority: b.authority,
    premises_types: JSON.stringify(b.premises),
    is_closure: b.closure ?? false,
    requires_opinion: b.requiresOpinion ?? true,
    opinion_days: 14,
    grace_days: b.graceDays,
    max_duration_months: b.maxMonths,
    explanation_nl: b.nl,
    explanation_en: b.en,
    sort_order: (i + 1) * 10,
  }));
  await db
    .insertInto('enforcement_legal_bases')
    .values(bases)
    .onConflict((oc) => oc.column('code').doNothing())
    .execute();
  // The matrix is seeded once, into an empty table: a row a jurist deleted must not come back on the next start.
  const anyRow = await db.selectFrom('enforcement_matrix_rows').select('id').limit(1).executeTakeFirst();
  if (anyRow) return;
  await db
    .insertInto('enforcement_matrix_rows')
    .values(defaultMatrixRows())
    .onConflict((oc) => oc.columns(['premises_type', 'drug_class', 'quantity_band', 'offence_number']).doNothing())
    .execute();
}
