import { readPdf } from '../../../test/pdf.js';
import { describe, expect, it } from 'vitest';
import { dutchLongDate, minutesFileName, renderMinutesPdf, type MinutesContent } from './minutes.pdf.js';

const content: MinutesContent = {
  number: 'CO-2026-0007',
  title: 'Casusoverleg Overvecht',
  heldOn: '2026-12-02',
  startsAt: '13:30',
  location: 'Stadskantoor',
  status: 'held',
  chair: 'Pim Regisseur',
  attendees: [
    { name: 'Priya Jongerenwerk', organisation: 'JoU', present: true },
    { name: 'Fatima El Idrissi', organisation: 'Leerplicht', present: false },
  ],
  items: Array.from({ length: 6 }, (_, i) => ({
    trajectoryNumber: `PGA-2026-000${i + 1}`,
    trajectoryName: `Jongere ${i + 1} Ëlvira`,
    question: 'Lukt de terugkeer naar school? '.repeat(6),
    discussion: 'De mentor ziet een betere aanwezigheid; café ’t Hoekje is geen plek meer. '.repeat(8),
    decisions: ['Traject gaat door.'],
    actions: [{ description: 'Gesprek met de ouders plannen', responsible: 'Sanne Mentor', dueDate: '2026-12-12' }],
  })),
  viewer: 'Pim Regisseur',
  createdAt: new Date('2026-12-02T12:00:00Z'),
};

async function pages(pdf: Buffer): Promise<string[]> {
  return (await readPdf(pdf)).pages;
}

describe('minutes helpers', () => {
  it('writes Dutch long dates and safe file names', () => {
    expect(dutchLongDate('2026-12-02')).toBe('2 december 2026');
    expect(dutchLongDate('2027-01-15')).toBe('15 januari 2027');
    expect(minutesFileName('CO-2026-0007')).toBe('notulen-CO-2026-0007.pdf');
    expect(minutesFileName('CO/2026"7')).toBe('notulen-CO_2026_7.pdf');
  });
});

describe('renderMinutesPdf', () => {
  it('renders a tagged PDF with heading, attendance, items and page numbers', async () => {
    const pdf = await renderMinutesPdf(content);
    const texts = await pages(pdf);
    const all = texts.join(' ');
    expect(texts.length).toBeGreaterThan(1);
    expect(texts[0]).toContain('Notulen casusoverleg: Casusoverleg Overvecht');
    expect(texts[0]).toContain('Datum: 2 december 2026 om 13:30');
    expect(texts[0]).toContain('Voorzitter: Pim Regisseur');
    expect(texts[0]).toContain('Priya Jongerenwerk (JoU): aanwezig');
    expect(texts[0]).toContain('Fatima El Idrissi (Leerplicht): afwezig');
    expect(all).toContain('PGA-2026-0006 Jongere 6 Ëlvira');
    expect(all).toContain('café ’t Hoekje');
    expect(all).toContain('Gesprek met de ouders plannen (verantwoordelijk: Sanne Mentor, uiterlijk 12 december 2026)');
    texts.forEach((text, index) => expect(text).toContain(`pagina ${index + 1} van ${texts.length}`));
    const raw = pdf.toString('latin1');
    expect(raw.startsWith('%PDF-1.7')).toBe(true);
    expect(raw).toMatch(/\/StructTreeRoot/);
    expect(raw).toMatch(/\/S \/H1/);
    expect(raw).toMatch(/\/S \/H3/);
    expect(raw).toMatch(/\/S \/LI/);
  });

  it('says so when the viewer may see no items', async () => {
    const texts = await pages(await renderMinutesPdf({ ...content, items: [], attendees: [] }));
    expect(texts.join(' ')).toContain('Er zijn geen agendapunten die je mag zien.');
    expect(texts.join(' ')).toContain('Geen deelnemers vastgelegd.');
  });
});
