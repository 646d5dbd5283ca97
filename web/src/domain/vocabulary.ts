/** Role codes as the API uses them. Labels live in i18n under `roles.<code>`. */
export const ROLES = ['admin', 'analyst', 'pga_director', 'inspector', 'lawyer', 'partner', 'management', 'privacy_officer'] as const;
export type Role = (typeof ROLES)[number];

/** ZGW confidentiality levels, lowest first. Labels live in i18n under `confidentiality.<code>`. */
export const CONFIDENTIALITY_LEVELS = [
  'openbaar',
  'beperkt_openbaar',
  'intern',
  'zaakvertrouwelijk',
  'vertrouwelijk',
  'confidentieel',
  'geheim',
  'zeer_geheim',
] as const;
export type ConfidentialityLevel = (typeof CONFIDENTIALITY_LEVELS)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export function isConfidentialityLevel(value: unknown): value is ConfidentialityLevel {
  return typeof value === 'string' && (CONFIDENTIALITY_LEVELS as readonly string[]).includes(value);
}

/** Permission codes the UI checks to show navigation and pages. */
export const PERMISSIONS = {
  manageUsers: 'users:manage',
  readAudit: 'audit:read',
  readRecords: 'records:read',
  writeRecords: 'records:write',
  manageReference: 'reference:manage',
  reportSignals: 'signals:report',
  manageEnforcement: 'enforcement:manage',
  readAggregates: 'aggregates:read',
  referCareers: 'careers:refer',
  writePrevention: 'prevention:write',
} as const;
export type Permission = (typeof PERMISSIONS)[keyof typeof PERMISSIONS];

/** Kinds of subject in the registry. Labels live in i18n under `registry.kinds.<code>`. */
export const SUBJECT_KINDS = ['person', 'organisation', 'address', 'vehicle', 'bank_account'] as const;
export type SubjectKind = (typeof SUBJECT_KINDS)[number];

/** Kinds of premises at an address. Labels under `registry.premises.<code>`. */
export const PREMISES_TYPES = ['woning', 'lokaal', 'bedrijfspand', 'erf'] as const;
export type PremisesType = (typeof PREMISES_TYPES)[number];

/** How reliable a relation is. Labels under `registry.reliability.<code>`. */
export const RELIABILITIES = ['confirmed', 'tentative', 'unconfirmed'] as const;
export type Reliability = (typeof RELIABILITIES)[number];

/**
 * Relation types; the direction reads "from … to" (a person `resides_at` an address). Labels under
 * `registry.relationTypes.<code>.outgoing` (seen from the "from" side) and `.incoming` (from the "to" side).
 * The allowed kinds per end come from GET /registry/relation-types.
 */
export const RELATION_TYPES = [
  'resides_at',
  'registered_at',
  'owns',
  'rents',
  'director_of',
  'shareholder_of',
  'employed_by',
  'family_of',
  'associate_of',
  'uses_vehicle',
  'holds_account',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** Relation types that read the same in both directions. */
export const SYMMETRIC_RELATION_TYPES: readonly RelationType[] = ['family_of', 'associate_of'];

/** What a search hit matched on. Labels under `registry.matchedOn.<code>`. */
export const MATCHED_ON = ['name', 'bsn', 'kvk', 'establishment', 'postcode', 'address', 'plate', 'iban', 'bag', 'case_number', 'ref'] as const;
export type MatchedOn = (typeof MATCHED_ON)[number];

/** Kinds of bulk import. Labels under `registry.imports.kinds.<code>`. */
export const IMPORT_KINDS = ['organisations', 'addresses', 'bag'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** What happens with an import file that has invalid rows. Labels under `registry.imports.modes.<code>`. */
export const IMPORT_MODES = ['all_or_nothing', 'valid_rows'] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];

export const IMPORT_STATUSES = ['queued', 'validating', 'importing', 'done', 'refused', 'failed'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}

export const isSubjectKind = (value: unknown): value is SubjectKind => isOneOf(SUBJECT_KINDS, value);
export const isRelationType = (value: unknown): value is RelationType => isOneOf(RELATION_TYPES, value);
export const isMatchedOn = (value: unknown): value is MatchedOn => isOneOf(MATCHED_ON, value);
