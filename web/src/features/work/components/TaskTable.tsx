import { Button, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { i18n } from '../../../i18n';
import { CalendarDate } from '../../../components/DateTime';
import type { Task } from '../api';

interface TaskTableProps {
  tasks: readonly Task[];
  busyTaskId: string | null;
  onComplete: (task: Task) => void;
}

function moduleLabel(t: TFunction, module: string): string {
  const key = `modules.${module}`;
  return i18n.exists(key) ? String(t(key as 'modules.platform')) : module;
}

function DueDate({ task }: { task: Task }) {
  const { t } = useTranslation();
  if (!task.dueDate) {
    return <>{t('work.noDueDate')}</>;
  }
  return (
    <>
      <CalendarDate value={task.dueDate} />
      {task.overdue && <strong className="dwb-overdue">{t('work.overdue')}</strong>}
    </>
  );
}

/** The user's open tasks; overdue is written out in words, not only shown in colour. */
export function TaskTable({ tasks, busyTaskId, onComplete }: TaskTableProps) {
  const { t } = useTranslation();
  return (
    <div className="dwb-table-scroll">
      <Table className="dwb-table">
        <TableCaption className="dwb-visually-hidden">{t('work.tableCaption')}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('work.columns.task')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('work.columns.module')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('work.columns.concerns')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('work.columns.dueDate')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('work.columns.action')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {tasks.map((task) => (
            <TableRow key={task.id} className={task.overdue ? 'dwb-row--overdue' : undefined}>
              <TableHeaderCell scope="row" className="dwb-row-header">
                {task.title}
                {task.description && <span className="dwb-cell-note">{task.description}</span>}
              </TableHeaderCell>
              <TableCell>{moduleLabel(t, task.module)}</TableCell>
              <TableCell>{task.recordLabel ?? t('common.none')}</TableCell>
              <TableCell>
                <DueDate task={task} />
              </TableCell>
              <TableCell>
                <Button appearance="secondary-action-button" busy={busyTaskId === task.id} onClick={() => onComplete(task)}>
                  {t('work.markDone')}
                  <span className="dwb-visually-hidden">: {task.title}</span>
                </Button>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
