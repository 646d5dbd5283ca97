import { openTaggedPdf } from '../../kernel/pdf.js';

/** What the minutes of a case conference show to one viewer: only the agenda items that viewer may see. */
export interface MinutesContent {
  number: string;
  title: string;
  /** YYYY-MM-DD. */
  heldOn: string;
  startsAt: string | null;
  location: string;
  status: 'planned' | 'held';
  chair: string;
  attendees: { name: string; organisation: string; present: boolean | null }[];
  items: {
    trajectoryNumber: string;
    trajectoryName: string;
    question: string;
    discussion: string;
    decisions: string[];
    actions: { description: string; responsible: string; dueDate: string }[];
  }[];
  /** Who the minutes were made for (printed, so a copy shows whose view it is). */
  viewer: string;
  /** Fixed creation time in the metadata. */
  createdAt: Date;
}

const MARGIN = { top: 56, bottom: 72, left: 64, right: 64 };
const FONT = 'Helvetica';
const BOLD = 'Helvetica-Bold';
const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** A YYYY-MM-DD date as a Dutch long date: "2 december 2026". */
export function dutchLongDate(isoDate: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!m) return isoDate;
  return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1] ?? ''} ${m[1]}`;
}

/** The file name of the minutes: the conference number, safe for a Content-Disposition header. */
export function minutesFileName(number: string): string {
  return `notulen-${number.replace(/[^A-Za-z0-9-]/g, '_')}.pdf`;
}

function presence(value: boolean | null): string {
  if (value === true) return 'aanwezig';
  if (value === false) return 'afwezig';
  return 'uitgenodigd';
}

/**
 * Renders the minutes (notulen) of a case conference as an A4 tagged PDF (PDF 1.7, nl-NL, title in the viewer):
 * heading with date, time, location and chair, attendance, and per agenda item the trajectory number and name, the
 * question, the discussion, the decisions and the actions with responsible and due date; "pagina x van y".
 */
export function renderMinutesPdf(content: MinutesContent): Promise<Buffer> {
  const title = `Notulen casusoverleg ${content.number}`;
  const { doc, width, root, block, finish } = openTaggedPdf({
    title,
    author: 'Gemeente Utrecht',
    subject: content.title,
    createdAt: content.createdAt,
    margins: MARGIN,
  });
  const heading = (tag: 'H1' | 'H2' | 'H3', text: string, size: number) => {
    block(tag, () => {
      doc.font(BOLD).fontSize(size).fillColor('#000000').text(text, MARGIN.left, doc.y, { width });
    });
    doc.moveDown(0.3);
  };
  const paragraph = (text: string, size = 10) => {
    block('P', () => {
      doc.font(FONT).fontSize(size).fillColor('#000000').text(text, MARGIN.left, doc.y, { width, lineGap: 1.5 });
    });
    doc.moveDown(0.4);
  };
  const list = (lines: string[]) => {
    if (lines.length === 0) return;
    root.add(
      doc.struct(
        'L',
        {},
        lines.map((line) =>
          doc.struct('LI', {}, () => {
            doc
              .font(FONT)
              .fontSize(10)
              .text(`• ${line}`, MARGIN.left + 8, doc.y, { width: width - 8, lineGap: 1.5 });
          }),
        ),
      ),
    );
    doc.x = MARGIN.left;
    doc.moveDown(0.4);
  };

  block('P', () => {
    doc.font(BOLD).fontSize(9).fillColor('#000000').text('Gemeente Utrecht · Persoonsgerichte aanpak · Vertrouwelijk', MARGIN.left, MARGIN.top, { width });
  });
  doc.moveDown(0.6);
  heading('H1', `Notulen casusoverleg: ${content.title}`, 16);
  const when = [dutchLongDate(content.heldOn), content.startsAt ? `om ${content.startsAt}` : ''].filter(Boolean).join(' ');
  paragraph(
    [
      `Nummer: ${content.number}`,
      `Datum: ${when}`,
      `Locatie: ${content.location || '-'}`,
      `Voorzitter: ${content.chair}`,
      `Status: ${content.status === 'held' ? 'gehouden' : 'gepland'}`,
    ].join('\n'),
  );
  paragraph(`Deze notulen tonen alleen de agendapunten die ${content.viewer} mag zien.`, 9);

  heading('H2', 'Deelnemers', 13);
  if (content.attendees.length === 0) paragraph('Geen deelnemers vastgelegd.');
  else list(content.attendees.map((a) => `${a.name}${a.organisation ? ` (${a.organisation})` : ''}: ${presence(a.present)}`));

  heading('H2', 'Agenda', 13);
  if (content.items.length === 0) paragraph('Er zijn geen agendapunten die je mag zien.');
  content.items.forEach((item, index) => {
    doc.font(BOLD).fontSize(12);
    if (doc.y + 80 > doc.page.height - MARGIN.bottom) doc.addPage();
    heading('H3', `${index + 1}. ${item.trajectoryNumber} ${item.trajectoryName}`, 12);
    paragraph(`Vraag: ${item.question || '-'}`);
    paragraph(`Bespreking: ${item.discussion || '-'}`);
    paragraph('Besluiten:');
    if (item.decisions.length === 0) paragraph('Geen besluiten.');
    else list(item.decisions);
    paragraph('Acties:');
    if (item.actions.length === 0) paragraph('Geen acties.');
    else list(item.actions.map((a) => `${a.description} (verantwoordelijk: ${a.responsible}, uiterlijk ${dutchLongDate(a.dueDate)})`));
    doc.moveDown(0.4);
  });
  return finish((page, pages) => `${content.number} · pagina ${page} van ${pages}`);
}
