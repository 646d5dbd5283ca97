import { describe, expect, it } from 'vitest';
import { sortTasks, type Task } from './api';

function task(id: string, dueDate: string | null, overdue: boolean, createdAt = '2026-01-01T00:00:00Z'): Task {
  return {
    id,
    title: id,
    description: '',
    module: 'signals',
    recordType: null,
    recordId: null,
    recordLabel: null,
    dueDate,
    overdue,
    status: 'open',
    createdAt,
  };
}

describe('sortTasks', () => {
  it('puts overdue tasks first, then by due date, tasks without a date last', () => {
    const sorted = sortTasks([
      task('none', null, false),
      task('later', '2026-05-02', false),
      task('late', '2026-04-01', true),
      task('soon', '2026-04-20', false),
    ]);
    expect(sorted.map((item) => item.id)).toEqual(['late', 'soon', 'later', 'none']);
  });

  it('orders tasks with the same due date oldest first, without changing the input', () => {
    const input = [task('b', '2026-04-20', false, '2026-02-02T00:00:00Z'), task('a', '2026-04-20', false, '2026-02-01T00:00:00Z')];
    expect(sortTasks(input).map((item) => item.id)).toEqual(['a', 'b']);
    expect(input.map((item) => item.id)).toEqual(['b', 'a']);
  });
});
