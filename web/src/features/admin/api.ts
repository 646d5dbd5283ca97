import { api } from '../../api/client';

export interface Organisation {
  id: string;
  name: string;
  kind: string;
}

export interface AdminUser {
  id: string;
  username: string;
  displayName: string;
  email: string;
  role: string;
  organisation: { id: string; name: string };
  maxConfidentiality: string;
  active: boolean;
  totpEnrolled: boolean;
  lockedUntil: string | null;
  lastLoginAt: string | null;
  createdAt: string;
}

export interface UserFilters {
  query: string;
  role: string;
  /** '' for both, 'true' or 'false'. */
  active: '' | 'true' | 'false';
}

export interface NewUser {
  username: string;
  displayName: string;
  email: string;
  role: string;
  organisationId: string;
  maxConfidentiality: string;
}

export type UserChanges = Partial<Omit<NewUser, 'username'>>;

export interface UserWithPassword {
  user: AdminUser;
  temporaryPassword: string;
}

export async function fetchOrganisations(signal?: AbortSignal): Promise<Organisation[]> {
  return (await api.get<{ items: Organisation[] }>('/organisations', { signal })).items;
}

export async function fetchUsers(filters: UserFilters, signal?: AbortSignal): Promise<AdminUser[]> {
  const response = await api.get<{ items: AdminUser[] }>('/admin/users', {
    query: { query: filters.query.trim(), role: filters.role, active: filters.active },
    signal,
  });
  return response.items;
}

export function fetchUser(id: string, signal?: AbortSignal): Promise<AdminUser> {
  return api.get<AdminUser>(`/admin/users/${encodeURIComponent(id)}`, { signal });
}

export function createUser(input: NewUser): Promise<UserWithPassword> {
  return api.post<UserWithPassword>('/admin/users', input);
}

export function updateUser(id: string, changes: UserChanges): Promise<AdminUser> {
  return api.patch<AdminUser>(`/admin/users/${encodeURIComponent(id)}`, changes);
}

export function deactivateUser(id: string): Promise<AdminUser> {
  return api.post<AdminUser>(`/admin/users/${encodeURIComponent(id)}/deactivate`);
}

export function activateUser(id: string): Promise<AdminUser> {
  return api.post<AdminUser>(`/admin/users/${encodeURIComponent(id)}/activate`);
}

export function resetUser(id: string): Promise<UserWithPassword> {
  return api.post<UserWithPassword>(`/admin/users/${encodeURIComponent(id)}/reset`);
}
