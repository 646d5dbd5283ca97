import { api, type QueryValue } from '../../../api/client';

/* Wire types of /api/v1/careers/prevention-activities, after server/src/modules/careers/prevention.schemas.ts. */

const BASE = '/careers/prevention-activities';

export const PREVENTION_SETTINGS = ['school', 'youth_work', 'neighbourhood'] as const;
export type PreventionSetting = (typeof PREVENTION_SETTINGS)[number];

export const PREVENTION_PROGRAMMES = [
  'voorlichting',
  'weerbaarheidstraining',
  'ouderavond',
  'groepsgesprek_jongerenwerk',
  'gastles',
  'sport_en_spel',
  'buurtactiviteit',
  'overig',
] as const;
export type PreventionProgramme = (typeof PREVENTION_PROGRAMMES)[number];

export interface PreventionActivity {
  id: string;
  title: string;
  programme: string;
  setting: PreventionSetting;
  organisation: { id: string; code: string; name: string };
  institution: string;
  wijkCode: string | null;
  wijkName: string | null;
  startsOn: string;
  endsOn: string;
  reach: number;
  description: string;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  canEdit: boolean;
}

export interface PreventionPage {
  items: PreventionActivity[];
  total: number;
  totals: { activities: number; reach: number; bySetting: { setting: PreventionSetting; activities: number; reach: number }[] };
  page: number;
  pageSize: number;
  canCreate: boolean;
}

export interface PreventionInput {
  title: string;
  programme: string;
  setting: string;
  institution: string;
  wijkCode: string;
  startsOn: string;
  endsOn: string;
  reach: number;
  description: string;
}

export function fetchPreventionActivities(query: Record<string, QueryValue>, signal?: AbortSignal): Promise<PreventionPage> {
  return api.get<PreventionPage>(BASE, { query, signal });
}

export function fetchPreventionActivity(id: string, signal?: AbortSignal): Promise<PreventionActivity> {
  return api.get<PreventionActivity>(`${BASE}/${encodeURIComponent(id)}`, { signal });
}

export function createPreventionActivity(input: PreventionInput): Promise<PreventionActivity> {
  return api.post<PreventionActivity>(BASE, input);
}

export function updatePreventionActivity(id: string, input: PreventionInput): Promise<PreventionActivity> {
  return api.put<PreventionActivity>(`${BASE}/${encodeURIComponent(id)}`, input);
}
