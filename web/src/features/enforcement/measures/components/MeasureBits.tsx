import { Fragment, type ReactNode } from 'react';
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { CalendarDate } from '../../../../components/DateTime';

/** "Te laat", written out (not only a colour). */
export function OverdueTag() {
  const { t } = useTranslation();
  return <strong className="dwb-overdue">{t('measures.overdue')}</strong>;
}

/** A deadline date, with the overdue tag when it has passed. */
export function DueDate({ date, overdue }: { date: string; overdue: boolean }) {
  return (
    <>
      <CalendarDate value={date} />
      {overdue && (
        <>
          {' '}
          <OverdueTag />
        </>
      )}
    </>
  );
}

/** A section of a page with its h2, labelled by it. */
export function Section({ id, heading, children }: { id: string; heading: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="dwb-section">
      <Heading2 id={id}>{heading}</Heading2>
      {children}
    </section>
  );
}

/** Free text as paragraphs, keeping the line breaks the writer typed. */
export function FreeText({ text }: { text: string }) {
  const blocks = text
    .split(/\n\s*\n/)
    .map((block) => block.split('\n'))
    .filter((lines) => lines.some((line) => line.trim() !== ''));
  return (
    <>
      {blocks.map((lines, index) => (
        <Paragraph key={index}>
          {lines.map((line, lineIndex) => (
            <Fragment key={lineIndex}>
              {lineIndex > 0 && <br />}
              {line}
            </Fragment>
          ))}
        </Paragraph>
      ))}
    </>
  );
}
