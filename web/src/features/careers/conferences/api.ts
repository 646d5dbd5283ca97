import { api } from '../../../api/client';

/* Wire types of /api/v1/careers/case-conferences, after server/src/modules/careers/conferences.schemas.ts. */

export type ConferenceStatus = 'planned' | 'held';

export interface PersonRef {
  id: string;
  name: string;
}

export interface ConferenceSummary {
  id: string;
  number: string;
  title: string;
  heldOn: string;
  startsAt: string | null;
  location: string;
  status: ConferenceStatus;
  chair: PersonRef;
  /** Agenda items the viewer may see. */
  visibleItemCount: number;
}

export interface DecisionView {
  id: string;
  text: string;
  createdBy: PersonRef;
  createdAt: string;
}

export interface ActionView {
  id: string;
  description: string;
  responsible: PersonRef;
  dueDate: string;
  status: string;
  taskId: string | null;
}

export interface TeamMember {
  userId: string;
  name: string;
  organisation: string;
  teamRole: string;
}

export interface ItemView {
  id: string;
  position: number;
  trajectory: { id: string; number: string; name: string; phase: string };
  question: string;
  discussion: string;
  canWrite: boolean;
  team: TeamMember[];
  decisions: DecisionView[];
  actions: ActionView[];
}

export interface AttendeeView {
  id: string;
  userId: string | null;
  name: string;
  organisation: string;
  present: boolean | null;
}

export interface ConferenceDetail extends ConferenceSummary {
  heldAt: string | null;
  createdBy: PersonRef;
  attendees: AttendeeView[];
  items: ItemView[];
  permissions: { canManage: boolean; recordingOpen: boolean };
  recordingUntil: string;
}

export interface TrajectoryConference {
  id: string;
  number: string;
  title: string;
  heldOn: string;
  status: ConferenceStatus;
  itemId: string;
  question: string;
  discussion: string;
  decisions: DecisionView[];
  actions: ActionView[];
}

export interface ConferenceCreate {
  title: string;
  heldOn: string;
  startsAt?: string | null;
  location?: string;
}

export type AttendeeInput = { userId: string; present?: boolean | null } | { name: string; organisation?: string; present?: boolean | null };

/** A trajectory the viewer is on, from H1's caseload list (GET /careers/trajectories?scope=team). */
export interface TrajectoryOption {
  id: string;
  number: string;
  name: string;
  phase: string;
}

const BASE = '/careers/case-conferences';
const item = (id: string, itemId: string) => `${BASE}/${encodeURIComponent(id)}/items/${encodeURIComponent(itemId)}`;

export function listConferences(status?: ConferenceStatus, signal?: AbortSignal) {
  return api.get<{ conferences: ConferenceSummary[] }>(BASE, { query: { status }, signal });
}

export function getConference(id: string, signal?: AbortSignal) {
  return api.get<ConferenceDetail>(`${BASE}/${encodeURIComponent(id)}`, { signal });
}

export function createConference(input: ConferenceCreate) {
  return api.post<ConferenceDetail>(BASE, input);
}

export function addItem(id: string, trajectoryId: string, question: string) {
  return api.post<ConferenceDetail>(`${BASE}/${encodeURIComponent(id)}/items`, { trajectoryId, question });
}

export function removeItem(id: string, itemId: string) {
  return api.delete<ConferenceDetail>(item(id, itemId));
}

export function updateItem(id: string, itemId: string, input: { question?: string; discussion?: string }) {
  return api.patch<ConferenceDetail>(item(id, itemId), input);
}

export function addDecision(id: string, itemId: string, text: string) {
  return api.post<ConferenceDetail>(`${item(id, itemId)}/decisions`, { text });
}

export function addAction(id: string, itemId: string, input: { description: string; responsibleUserId: string; dueDate: string }) {
  return api.post<ConferenceDetail>(`${item(id, itemId)}/actions`, input);
}

export function setAttendance(id: string, attendees: AttendeeInput[]) {
  return api.put<ConferenceDetail>(`${BASE}/${encodeURIComponent(id)}/attendance`, { attendees });
}

export function inviteTeams(id: string) {
  return api.post<ConferenceDetail>(`${BASE}/${encodeURIComponent(id)}/attendance/invite-team`);
}

export function markHeld(id: string) {
  return api.post<ConferenceDetail>(`${BASE}/${encodeURIComponent(id)}/hold`);
}

export function trajectoryConferences(trajectoryId: string, signal?: AbortSignal) {
  return api.get<{ conferences: TrajectoryConference[] }>(`${BASE}/trajectories/${encodeURIComponent(trajectoryId)}`, { signal });
}

/** Download address of the minutes (same-origin cookie session); the server filters the items per viewer. */
export function minutesUrl(id: string): string {
  return `/api/v1${BASE}/${encodeURIComponent(id)}/minutes.pdf`;
}

/** Trajectories the viewer is on (the caseload list of the trajectories area), to put on the agenda. */
export async function teamTrajectories(signal?: AbortSignal): Promise<TrajectoryOption[]> {
  const result = await api.get<{ items: TrajectoryOption[] }>('/careers/trajectories', { query: { scope: 'team', pageSize: 100 }, signal });
  return result.items.map((t) => ({ id: t.id, number: t.number, name: t.name, phase: t.phase }));
}
