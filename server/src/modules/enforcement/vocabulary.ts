/**
 * The enforcement vocabulary shared by inspections, measures, Bibob, letters and overviews (ADR 0013).
 * Codes are English; the Dutch terms are in docs/glossary.md and in the UI's messages.
 */

/** Record types under which need-to-know (record_team), files, tasks and the audit trail know enforcement cases. */
export const INSPECTION_RECORD_TYPE = 'inspection';
export const MEASURE_RECORD_TYPE = 'measure';
export const BIBOB_RECORD_TYPE = 'bibob_screening';

/** The processing activity (verwerkingsregister) under which every enforcement processing of personal data is logged. */
export const ENFORCEMENT_ACTIVITY = { activity: 'administrative_enforcement', name: 'Bestuurlijke handhaving' } as const;

/** Partners that take part in an integrated inspection (integrale controle). */
export const inspectionPartners = [
  'handhaving',
  'politie',
  'brandweer',
  'belastingdienst',
  'netbeheerder',
  'woningcorporatie',
  'omgevingsdienst',
  'riec',
] as const;
export type InspectionPartner = (typeof inspectionPartners)[number];

export const inspectionStatuses = ['planned', 'in_progress', 'completed', 'cancelled'] as const;
export const inspectionOutcomes = ['nothing_found', 'warning', 'measure_proposed'] as const;
export const findingResults = ['ok', 'not_ok', 'not_applicable'] as const;

/** Kinds of measure; each legal basis (a row of data) is of one kind. */
export const measureKinds = [
  'closure',
  'order_subject_to_penalty',
  'administrative_coercion',
  'administrative_fine',
  'permit_revocation',
  'permit_suspension',
  'bibob_refusal',
  'bibob_revocation',
  'warning',
] as const;
export type MeasureKind = (typeof measureKinds)[number];

/** Types of premises as the escalation matrix and Opiumwet 13b distinguish them. */
export const premisesTypes = ['woning', 'lokaal', 'horeca', 'bedrijfspand', 'erf'] as const;
export type PremisesType = (typeof premisesTypes)[number];

/** Opiumwet: lijst I (hard drugs), lijst II (soft drugs), objects or substances for preparation (art. 13b lid 1 sub b). */
export const drugClasses = ['list_i', 'list_ii', 'preparation'] as const;
export type DrugClass = (typeof drugClasses)[number];

/** Quantity bands of the escalation matrix; what each means is in the row's explanation (policy, not code). */
export const quantityBands = ['personal_use', 'trade', 'large_trade'] as const;
export type QuantityBand = (typeof quantityBands)[number];

/** Where a measure came from. */
export const measureOrigins = ['police_report', 'inspection', 'signal', 'other'] as const;

/** Status of the procedure itself (track `procedure` of measure_history). */
export const procedureStatuses = [
  'intake',
  'investigation',
  'intention',
  'opinion_period',
  'decision',
  'announced',
  'execution',
  'follow_up',
  'closed',
  'withdrawn',
] as const;
export type ProcedureStatus = (typeof procedureStatuses)[number];

/** Status of the legal remedies against the decision (track `remedy` of measure_history). */
export const remedyStatuses = ['none', 'objection_period', 'objection', 'objection_decided', 'court', 'final'] as const;
export type RemedyStatus = (typeof remedyStatuses)[number];

export const courtStepKinds = ['provisional_relief', 'appeal', 'higher_appeal'] as const;

/** Kinds of deadline stored in enforcement_deadlines; each is computed by the legal engine and becomes a task. */
export const deadlineKinds = [
  'opinion',
  'grace',
  'objection',
  'objection_decision',
  'execution_end',
  'follow_up_inspection',
  'bibob_lbb_advice',
  'bibob_decision',
] as const;
export type DeadlineKind = (typeof deadlineKinds)[number];

export const permitTypes = ['exploitatievergunning', 'alcoholwet', 'omgevingsvergunning', 'huisvestingsvergunning', 'other'] as const;
export const bibobStatuses = ['questionnaire', 'own_investigation', 'lbb_requested', 'lbb_advised', 'decision', 'closed'] as const;
export const bibobAdvice = ['none', 'lesser', 'serious'] as const;
export const bibobDecisions = ['grant', 'grant_with_conditions', 'refuse', 'revoke'] as const;

/** Kinds of letter a template produces. */
export const letterKinds = [
  'warning',
  'intention',
  'decision',
  'objection_decision',
  'extension',
  'lifting',
  'bibob_intention',
  'bibob_decision',
  'other',
] as const;
