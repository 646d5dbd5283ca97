import PDFDocument from 'pdfkit';

/** Metadata and page margins of a generated document. */
export interface TaggedPdfOptions {
  title: string;
  author: string;
  subject: string;
  /** Fixed creation time in the metadata, so the same content renders to the same bytes. */
  createdAt: Date;
  margins: { top: number; bottom: number; left: number; right: number };
}

export interface TaggedPdf {
  doc: PDFKit.PDFDocument;
  /** Width of the text column between the margins. */
  width: number;
  /** The document's structure root, for nested elements such as lists (L with LI children). */
  root: PDFKit.PDFStructureElement;
  /** Adds a structure element (H1, P, ...) to the document's reading order and draws its content. */
  block: (tag: string, draw: () => void) => void;
  /**
   * Closes the structure, prints the footer text of each page as a pagination artifact (not part of the reading
   * order), and gives the bytes.
   */
  finish: (footer: (page: number, pages: number) => string) => Promise<Buffer>;
}

/**
 * Opens an A4 tagged PDF (PDF 1.7, language nl-NL, the title shown in the viewer) with standard Helvetica (WinAnsi: é,
 * ë, ï, ’ and € are covered; no font files needed). Shared by the letters of enforcement and the minutes of case
 * conferences, so every generated document has the same accessible frame.
 */
export function openTaggedPdf(options: TaggedPdfOptions): TaggedPdf {
  const doc = new PDFDocument({
    size: 'A4',
    margins: options.margins,
    pdfVersion: '1.7',
    tagged: true,
    lang: 'nl-NL',
    displayTitle: true,
    bufferPages: true,
    autoFirstPage: true,
    info: {
      Title: options.title,
      Author: options.author,
      Subject: options.subject,
      Creator: 'Dwarsboom',
      Producer: 'Dwarsboom',
      CreationDate: options.createdAt,
      ModDate: options.createdAt,
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const width = doc.page.width - options.margins.left - options.margins.right;
  const root = doc.struct('Document');
  doc.addStructure(root);
  return {
    doc,
    width,
    root,
    block: (tag, draw) => void root.add(doc.struct(tag, {}, draw)),
    finish: (footer) => {
      root.end();
      const range = doc.bufferedPageRange();
      for (let index = range.start; index < range.start + range.count; index += 1) {
        doc.switchToPage(index);
        const bottom = doc.page.margins.bottom;
        doc.page.margins.bottom = 0;
        doc.markContent('Artifact', { type: 'Pagination' });
        doc
          .font('Helvetica')
          .fontSize(8)
          .text(footer(index - range.start + 1, range.count), options.margins.left, doc.page.height - 44, { width, align: 'right', lineBreak: false });
        doc.endMarkedContent();
        doc.page.margins.bottom = bottom;
      }
      doc.end();
      return done;
    },
  };
}
