import { readPdf } from '../../../test/pdf.js';
import { describe, expect, it } from 'vitest';
import { paragraphs, renderLetterPdf, type LetterContent } from './letters.pdf.js';

const content = (body: string): LetterContent => ({
  title: 'Besluit tot sluiting',
  author: 'Gemeente Utrecht',
  kenmerk: 'HM-2026-00001',
  date: '2 december 2026',
  addressee: ['Mevrouw E. Ëlvira', 'Oudegracht 1', '3511 AA Utrecht'],
  subject: 'Besluit tot sluiting',
  body,
  signature: ['de burgemeester van Utrecht,', 'namens deze,'],
  createdAt: new Date('2026-12-02T09:00:00Z'),
});

async function pages(pdf: Buffer): Promise<string[]> {
  return (await readPdf(pdf)).pages;
}

describe('paragraphs', () => {
  it('splits on blank lines and keeps single line breaks', () => {
    expect(paragraphs('Een\ntwee\n\n  \r\n\r\nDrie\n\n')).toEqual(['Een\ntwee', 'Drie']);
  });
});

describe('renderLetterPdf', () => {
  it('renders extractable Dutch text with letterhead, headings and page numbers', async () => {
    const long = Array.from({ length: 40 }, (_, i) => `Alinea ${i + 1} over café ’t Hoekje, naïef geëist, € 250 per dag.`).join('\n\n');
    const pdf = await renderLetterPdf(content(`${long}\n\n# Bezwaar\n\nU kunt bezwaar maken.`));
    const texts = await pages(pdf);
    expect(texts.length).toBeGreaterThan(1);
    expect(texts[0]).toContain('Gemeente Utrecht');
    expect(texts[0]).toContain('Kenmerk: HM-2026-00001');
    expect(texts[0]).toContain('Datum: 2 december 2026');
    expect(texts[0]).toContain('Mevrouw E. Ëlvira');
    expect(texts[0]).toContain('Onderwerp: Besluit tot sluiting');
    expect(texts[0]).toContain('café ’t Hoekje, naïef geëist, € 250');
    texts.forEach((text, index) => expect(text).toContain(`pagina ${index + 1} van ${texts.length}`));
    const last = texts.at(-1)!;
    expect(last).toContain('Bezwaar');
    expect(last).toContain('de burgemeester van Utrecht, namens deze,');
    const raw = pdf.toString('latin1');
    expect(raw.startsWith('%PDF-1.7')).toBe(true);
    expect(raw).toMatch(/\/MarkInfo/);
    expect(raw).toMatch(/\/StructTreeRoot/);
    expect(raw).toMatch(/\/DisplayDocTitle true/);
    expect(raw).toMatch(/\/S \/H1/);
    expect(raw).toMatch(/\/S \/H2/);
  });

  it('renders the same letter to the same bytes', async () => {
    const [a, b] = await Promise.all([renderLetterPdf(content('Tekst.')), renderLetterPdf(content('Tekst.'))]);
    expect(a.equals(b)).toBe(true);
  });
});
