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
} as const;
export type Permission = (typeof PERMISSIONS)[keyof typeof PERMISSIONS];
