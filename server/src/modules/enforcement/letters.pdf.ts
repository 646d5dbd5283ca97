import { openTaggedPdf } from '../../kernel/pdf.js';

/** What goes on a letter; every text is already filled in (no merge fields left). */
export interface LetterContent {
  /** Document title (metadata and window title), e.g. the subject. */
  title: string;
  /** Author metadata, e.g. "Gemeente Utrecht". */
  author: string;
  kenmerk: string;
  /** The date as printed, e.g. "2 december 2026". */
  date: string;
  /** Name and address lines of the addressee. */
  addressee: string[];
  subject: string;
  /** Body text: a blank line starts a new paragraph; a paragraph starting with "# " is a heading. */
  body: string;
  /** Signature lines, e.g. ["de burgemeester van Utrecht,", "namens deze,", ...]. */
  signature: string[];
  /** Fixed creation time in the metadata, so the same letter renders to the same bytes. */
  createdAt: Date;
}

const MUNICIPALITY = 'Gemeente Utrecht';
const RETURN_ADDRESS = 'Postbus 16200, 3500 CE Utrecht';
const MARGIN = { top: 56, bottom: 72, left: 72, right: 72 };
const FONT = 'Helvetica';
const BOLD = 'Helvetica-Bold';

/** Splits body text into paragraphs on blank lines; single line breaks inside a paragraph are kept. */
export function paragraphs(body: string): string[] {
  return body
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.replace(/^\n+|\s+$/g, ''))
    .filter((paragraph) => paragraph.trim() !== '');
}

/**
 * Renders a letter as an A4 tagged PDF (PDF 1.7, language nl-NL, title shown in the viewer) with the municipal
 * letterhead, kenmerk and date, addressee, subject as heading, body paragraphs, signature and "pagina x van y".
 * Standard Helvetica (WinAnsi: é, ë, ï, ’ and € are covered); no font files needed.
 */
export function renderLetterPdf(content: LetterContent): Promise<Buffer> {
  const { doc, width, block, finish } = openTaggedPdf({
    title: content.title,
    author: content.author,
    subject: content.subject,
    createdAt: content.createdAt,
    margins: MARGIN,
  });

  // Letterhead and return address.
  block('P', () => {
    doc.font(BOLD).fontSize(18).fillColor('#000000').text(MUNICIPALITY, MARGIN.left, MARGIN.top, { width });
  });
  block('P', () => {
    doc.font(FONT).fontSize(8).text(`Retouradres: ${RETURN_ADDRESS}`, { width });
  });
  doc.moveDown(2);

  // Addressee (left) with kenmerk and date (right column, same height).
  const top = doc.y;
  const column = width * 0.58;
  block('P', () => {
    doc
      .font(FONT)
      .fontSize(10.5)
      .text(content.addressee.join('\n'), MARGIN.left, top, { width: column - 12 });
  });
  const addresseeBottom = doc.y;
  block('P', () => {
    doc
      .font(FONT)
      .fontSize(9)
      .text(`Kenmerk: ${content.kenmerk}`, MARGIN.left + column, top, { width: width - column })
      .text(`Datum: ${content.date}`, { width: width - column });
  });
  doc.x = MARGIN.left;
  doc.y = Math.max(addresseeBottom, doc.y) + 36;

  block('H1', () => {
    doc.font(BOLD).fontSize(11).text(`Onderwerp: ${content.subject}`, MARGIN.left, doc.y, { width });
  });
  doc.moveDown(1);

  for (const paragraph of paragraphs(content.body)) {
    if (paragraph.startsWith('# ')) {
      doc.moveDown(0.4);
      block('H2', () => {
        doc.font(BOLD).fontSize(10.5).text(paragraph.slice(2).trim(), MARGIN.left, doc.y, { width });
      });
      doc.moveDown(0.3);
    } else {
      block('P', () => {
        doc.font(FONT).fontSize(10.5).text(paragraph, MARGIN.left, doc.y, { width, align: 'left', lineGap: 2 });
      });
      doc.moveDown(0.8);
    }
  }

  // The signature block stays together: when it does not fit, it starts on a new page.
  doc.moveDown(1);
  const signature = ['Hoogachtend,', '', ...content.signature].join('\n');
  doc.font(FONT).fontSize(10.5);
  if (doc.y + doc.heightOfString(signature, { width }) > doc.page.height - MARGIN.bottom) doc.addPage();
  block('P', () => {
    doc.font(FONT).fontSize(10.5).text(signature, MARGIN.left, doc.y, { width });
  });
  return finish((page, pages) => `pagina ${page} van ${pages}`);
}
