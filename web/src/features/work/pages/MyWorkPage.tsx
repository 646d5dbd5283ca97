import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiResource } from '../../../api/useApiResource';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Loading } from '../../../components/Loading';
import { PageTitle } from '../../../components/PageTitle';
import { StatusMessage } from '../../../components/StatusMessage';
import { completeTask, fetchMyTasks, sortTasks, type Task } from '../api';
import { TaskTable } from '../components/TaskTable';

function EmptyState() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="work-empty-heading" className="dwb-empty">
      <Heading2 id="work-empty-heading">{t('work.emptyHeading')}</Heading2>
      <Paragraph>{t('work.empty')}</Paragraph>
    </section>
  );
}

export function MyWorkPage() {
  const { t } = useTranslation();
  const tasks = useApiResource((signal) => fetchMyTasks(signal), []);
  const [busyTaskId, setBusyTaskId] = useState<string | null>(null);
  const [completed, setCompleted] = useState<string | null>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  const feedbackRef = useRef<HTMLDivElement>(null);

  const onComplete = async (task: Task) => {
    if (busyTaskId !== null) {
      return;
    }
    setBusyTaskId(task.id);
    setActionError(null);
    setCompleted(null);
    try {
      await completeTask(task.id);
      tasks.setData((current) => current?.filter((item) => item.id !== task.id));
      setCompleted(task.title);
    } catch (error) {
      setActionError(error);
    } finally {
      setBusyTaskId(null);
      // After success the focused button is gone; either way the outcome is what to read next.
      feedbackRef.current?.focus();
    }
  };

  const open = tasks.data ? sortTasks(tasks.data.filter((task) => task.status === 'open')) : [];

  return (
    <>
      <PageTitle>{t('work.title')}</PageTitle>
      <Paragraph lead>{t('work.intro')}</Paragraph>
      <div ref={feedbackRef} tabIndex={-1} className="dwb-feedback">
        {completed && <StatusMessage>{t('work.completed', { title: completed })}</StatusMessage>}
        {actionError !== null && <ErrorAlert error={actionError} />}
      </div>
      {tasks.loading && !tasks.data && <Loading />}
      {tasks.error !== null && <ErrorAlert error={tasks.error} />}
      {tasks.data &&
        (open.length === 0 ? (
          <EmptyState />
        ) : (
          <>
            <Paragraph>{t('work.count', { count: open.length })}</Paragraph>
            <TaskTable tasks={open} busyTaskId={busyTaskId} onComplete={(task) => void onComplete(task)} />
          </>
        ))}
    </>
  );
}
