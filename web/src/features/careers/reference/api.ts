import { api } from '../../../api/client';

/* Wire types of /api/v1/careers/reference (beheer), after server/src/modules/careers/reference.routes.ts. */

export interface CriterionView {
  code: string;
  textNl: string;
  textEn: string;
  active: boolean;
  sortOrder: number;
  updatedAt: string;
  updatedBy: string | null;
}

export interface DomainView {
  code: string;
  nameNl: string;
  nameEn: string;
  restrictedTo: string[];
  sortOrder: number;
  updatedAt: string;
  updatedBy: string | null;
}

export interface LegalBasisView {
  code: string;
  nameNl: string;
  nameEn: string;
  description: string;
  active: boolean;
  sortOrder: number;
}

export interface SettingsView {
  reviewIntervalMonths: number;
  followUpMonths: number[];
  retentionYears: number;
  notAcceptedRetentionMonths: number;
  updatedAt: string;
  updatedBy: string | null;
}

export interface ReferenceAdmin {
  criteria: CriterionView[];
  domains: DomainView[];
  legalBases: LegalBasisView[];
  settings: SettingsView;
  organisationKinds: string[];
}

export type CriterionInput = Pick<CriterionView, 'textNl' | 'textEn' | 'active' | 'sortOrder'>;
export type DomainInput = Pick<DomainView, 'nameNl' | 'nameEn' | 'restrictedTo' | 'sortOrder'>;
export type LegalBasisInput = Omit<LegalBasisView, 'code'>;
export type SettingsInput = Pick<SettingsView, 'reviewIntervalMonths' | 'followUpMonths' | 'retentionYears' | 'notAcceptedRetentionMonths'>;

export interface RetentionResult {
  destroyed: number;
  ranAt: string;
}

const BASE = '/careers/reference';

export function fetchReferenceAdmin(signal?: AbortSignal) {
  return api.get<ReferenceAdmin>(`${BASE}/admin`, { signal });
}

export function saveCriterion(code: string, input: CriterionInput) {
  return api.put<ReferenceAdmin>(`${BASE}/criteria/${encodeURIComponent(code)}`, input);
}

export function saveDomain(code: string, input: DomainInput) {
  return api.put<ReferenceAdmin>(`${BASE}/domains/${encodeURIComponent(code)}`, input);
}

export function saveLegalBasis(code: string, input: LegalBasisInput) {
  return api.put<ReferenceAdmin>(`${BASE}/legal-bases/${encodeURIComponent(code)}`, input);
}

export function saveSettings(input: SettingsInput) {
  return api.put<ReferenceAdmin>(`${BASE}/settings`, input);
}

/** Applies the retention term now (the server also does it daily). */
export function runRetention() {
  return api.post<RetentionResult>('/careers/retention/run', {});
}
