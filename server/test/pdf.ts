import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** What a generated PDF says, as a reader's software extracts it: per page, all pages together, and its metadata. */
export interface PdfReading {
  /** The text of each page, whitespace collapsed. */
  pages: string[];
  /** All pages' text, whitespace collapsed. */
  text: string;
  info: Record<string, unknown>;
}

/** Extracts the text and metadata of a PDF with pdf.js (the legacy build runs in Node without a canvas). */
export async function readPdf(content: Buffer): Promise<PdfReading> {
  const doc = await getDocument({ data: new Uint8Array(content), verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n += 1) {
    const items = (await (await doc.getPage(n)).getTextContent()).items as { str?: string }[];
    pages.push(
      items
        .map((item) => item.str ?? '')
        .join(' ')
        .replace(/\s+/g, ' '),
    );
  }
  const { info } = await doc.getMetadata();
  await doc.destroy();
  return { pages, text: pages.join(' ').replace(/\s+/g, ' '), info: info as Record<string, unknown> };
}
