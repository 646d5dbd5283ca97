import { Fragment } from 'react';
import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { CalendarDate } from '../../../components/DateTime';
import { paragraphs } from '../format';

/** "Te laat", written out (not only a colour). */
export function OverdueTag() {
  const { t } = useTranslation();
  return <strong className="dwb-overdue">{t('signals.overdue')}</strong>;
}

/** "Nieuwe informatie": the reporter added something after the last change of status. */
export function NewInformationTag() {
  const { t } = useTranslation();
  return <strong className="dwb-badge">{t('signals.newInformation')}</strong>;
}

/** A deadline date, with the overdue tag when it has passed. */
export function Deadline({ date, overdue }: { date: string; overdue: boolean }) {
  return (
    <>
      <CalendarDate value={date} />
      {overdue && <OverdueTag />}
    </>
  );
}

/** Free text as paragraphs, keeping the line breaks the writer typed. */
export function FreeText({ text }: { text: string }) {
  return (
    <>
      {paragraphs(text).map((lines, index) => (
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
