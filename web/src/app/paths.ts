import type { AuthStage } from '../features/auth/api';

/** Client-side routes, relative to the router basename `/app`. */
export const paths = {
  myWork: '/',
  login: '/login',
  passwordChange: '/login/password',
  enrolment: '/login/enrolment',
  totp: '/login/verification',
  users: '/users',
  user: (id: string) => `/users/${encodeURIComponent(id)}`,
  auditTrail: '/audit',
  processingLog: '/audit/processing-log',
  processingActivities: '/audit/processing-activities',
  registry: '/registry',
  registryNew: '/registry/new',
  subject: (id: string) => `/registry/subjects/${encodeURIComponent(id)}`,
  duplicates: '/registry/duplicates',
  imports: '/registry/imports',
  importDetail: (id: string) => `/registry/imports/${encodeURIComponent(id)}`,
  areas: '/admin/areas',
  sbiCodes: '/admin/sbi-codes',
  legalDays: '/admin/legal-days',
  signals: '/signals',
  signalNew: '/signals/new',
  signal: (id: string) => `/signals/${encodeURIComponent(id)}`,
  signalCategories: '/admin/signal-categories',
  signalCategoryNew: '/admin/signal-categories/new',
  signalCategory: (code: string) => `/admin/signal-categories/${encodeURIComponent(code)}`,
  enforcement: '/enforcement',
  inspections: '/enforcement/inspections',
  inspectionNew: '/enforcement/inspections/new',
  inspection: (id: string) => `/enforcement/inspections/${encodeURIComponent(id)}`,
  measures: '/enforcement/measures',
  measureNew: '/enforcement/measures/new',
  measure: (id: string) => `/enforcement/measures/${encodeURIComponent(id)}`,
  bibob: '/enforcement/bibob',
  bibobNew: '/enforcement/bibob/new',
  bibobScreening: (id: string) => `/enforcement/bibob/${encodeURIComponent(id)}`,
  enforcementPolicy: '/enforcement/policy',
  legalBases: '/enforcement/policy/legal-bases',
  escalationMatrix: '/enforcement/policy/matrix',
  checklists: '/enforcement/policy/checklists',
  letterTemplates: '/enforcement/policy/letter-templates',
  letterTemplate: (id: string) => `/enforcement/policy/letter-templates/${encodeURIComponent(id)}`,
  careers: '/careers',
  referralNew: '/careers/referrals/new',
  trajectory: (id: string) => `/careers/trajectories/${encodeURIComponent(id)}`,
  caseConferences: '/careers/case-conferences',
  caseConferenceNew: '/careers/case-conferences/new',
  caseConference: (id: string) => `/careers/case-conferences/${encodeURIComponent(id)}`,
  prevention: '/careers/prevention',
  preventionNew: '/careers/prevention/new',
  preventionActivity: (id: string) => `/careers/prevention/${encodeURIComponent(id)}`,
  careersOverview: '/careers/overview',
  careerPolicy: '/admin/careers',
} as const;

/** The page that handles a login stage the server asked for. */
export function stagePath(stage: AuthStage): string {
  switch (stage) {
    case 'password_change':
      return paths.passwordChange;
    case 'enrol':
      return paths.enrolment;
    case 'totp':
      return paths.totp;
  }
}
