import { api } from '../../api/client';

export interface Task {
  id: string;
  title: string;
  description: string;
  module: string;
  recordType: string | null;
  recordId: string | null;
  recordLabel: string | null;
  /** Calendar date YYYY-MM-DD, or null. */
  dueDate: string | null;
  overdue: boolean;
  status: 'open' | 'done';
  createdAt: string;
}

export async function fetchMyTasks(signal?: AbortSignal): Promise<Task[]> {
  const response = await api.get<{ items: Task[] }>('/tasks/mine', { signal });
  return response.items;
}

export function completeTask(id: string): Promise<Task> {
  return api.post<Task>(`/tasks/${encodeURIComponent(id)}/complete`);
}

/** Overdue first, then by due date (tasks without one last), then oldest first. */
export function sortTasks(tasks: readonly Task[]): Task[] {
  return [...tasks].sort((a, b) => {
    if (a.overdue !== b.overdue) {
      return a.overdue ? -1 : 1;
    }
    if (a.dueDate !== b.dueDate) {
      if (a.dueDate === null) {
        return 1;
      }
      if (b.dueDate === null) {
        return -1;
      }
      return a.dueDate.localeCompare(b.dueDate);
    }
    return a.createdAt.localeCompare(b.createdAt);
  });
}
