import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../harness.js';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const page = (url: string) => t.app.inject({ url });

describe('the public deadline calculator page', () => {
  it('shows the empty form without login or JavaScript', async () => {
    const res = await page('/termijn-berekenen');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.body).toContain('<html lang="nl"');
    expect(res.body).toContain('<h1 class="utrecht-heading-1 dwb-page-title">Termijn berekenen</h1>');
    expect(res.body).toContain('<form class="utrecht-form dwb-form" method="get" action="/termijn-berekenen"');
    expect(res.body).toContain('<input id="deadline-from" name="from" type="date"');
    expect(res.body).not.toContain('<script');
    expect(res.body).not.toContain('style=');
    expect(res.body).not.toContain('Er is een probleem');
  });

  it('computes six weeks from 7 March 2025 past Easter, with the reasons in Dutch', async () => {
    const res = await page('/termijn-berekenen?from=2025-03-07&term=objection&period=');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('De laatste dag van de termijn is <strong><time datetime="2025-04-22">dinsdag 22 april 2025</time></strong>.');
    expect(res.body).toContain('<time datetime="2025-03-08">zaterdag 8 maart 2025</time>');
    expect(res.body).toContain('<time datetime="2025-04-18">vrijdag 18 april 2025</time>');
    expect(res.body).toContain('Goede Vrijdag');
    expect(res.body).toContain('Tweede Paasdag');
    expect(res.body).toContain('Awb artikel 6:9');
    expect(res.body).toContain('href="tel:14030"');
    // The form keeps the input, and the language link carries it over.
    expect(res.body).toContain('value="2025-03-07"');
    expect(res.body).toContain('<option class="utrecht-select__option" value="objection" selected>');
    expect(res.body).toContain('href="/en/deadline-calculator?from=2025-03-07&amp;term=objection"');
  });

  it('takes a free ISO 8601 term, a date typed as d-m-yyyy, and working days', async () => {
    const res = await page('/termijn-berekenen?from=14-2-2025&term=other&period=p5d&unit=working');
    expect(res.statusCode).toBe(200);
    // Friday 14 February 2025 + 5 working days: Monday 17 to Friday 21 February.
    expect(res.body).toContain('<strong><time datetime="2025-02-21">vrijdag 21 februari 2025</time></strong>');
    expect(res.body).toContain('5 werkdagen');
    expect(res.body).toMatch(/<input id="deadline-unit" name="unit" type="checkbox" value="working"[^>]* checked/);
  });

  it('answers in English on the English page', async () => {
    const res = await page('/en/deadline-calculator?from=2025-03-07&term=objection');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<html lang="en"');
    expect(res.body).toContain('The last day of the term is <strong><time datetime="2025-04-22">Tuesday 22 April 2025</time></strong>.');
    expect(res.body).toContain('Friday 18 April 2025 is Good Friday');
    expect(res.body).toContain('Monday 21 April 2025 is Easter Monday');
    expect(res.body).toContain('href="/termijn-berekenen?from=2025-03-07&amp;term=objection"');
  });

  it('names a declared equal day (Friday after Ascension Day) as a reason', async () => {
    // 2025-04-25 + 5 weeks = Friday 30 May 2025, declared equal to a holiday in the seeded data.
    const res = await page('/termijn-berekenen?from=2025-04-25&term=other&period=P5W');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<strong><time datetime="2025-06-02">maandag 2 juni 2025</time></strong>');
    expect(res.body).toContain('gelijkgesteld bij Koninklijk Besluit');
  });

  it('answers 400 with an error summary and the message at the field for a date that does not exist', async () => {
    const res = await page('/termijn-berekenen?from=2025-02-30&term=objection');
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.body).toContain('<title>Fout: Termijn berekenen | Gemeente Utrecht</title>');
    expect(res.body).toContain('Er is een probleem');
    expect(res.body).toContain('<a class="utrecht-link utrecht-link--html-a" href="#deadline-from">Geef een bestaande datum');
    expect(res.body).toContain('<div id="deadline-from-error" class="utrecht-form-field-error-message">');
    expect(res.body).toMatch(/<input id="deadline-from"[^>]*aria-describedby="deadline-from-hint deadline-from-error" aria-invalid="true">/);
    expect(res.body).not.toContain('De laatste dag van de termijn is');
  });

  it('answers 400 for a term that is not ISO 8601, and reports a missing date at the same time', async () => {
    const res = await page('/termijn-berekenen?from=2025-03-07&period=6%20weeks');
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('href="#deadline-period">Geef de termijn als ISO 8601-duur');
    expect(res.body).toContain('value="6 weeks"');

    const both = await page('/termijn-berekenen?from=&term=other&period=6%20weeks');
    expect(both.statusCode).toBe(400);
    expect(both.body).toContain('href="#deadline-from">Vul de datum van de bekendmaking of gebeurtenis in.');
    expect(both.body).toContain('href="#deadline-period">Geef de termijn als ISO 8601-duur');
  });

  it('refuses a free term next to a chosen one, working days for weeks, and an unknown term, in the page language', async () => {
    const conflict = await page('/termijn-berekenen?from=2025-03-07&term=objection&period=P10D');
    expect(conflict.statusCode).toBe(400);
    expect(conflict.body).toContain('href="#deadline-period">Kies &quot;Andere termijn&quot; in de lijst');

    const working = await page('/en/deadline-calculator?from=2025-03-07&term=objection&unit=working');
    expect(working.statusCode).toBe(400);
    expect(working.body).toContain('<title>Error: Deadline calculator | Gemeente Utrecht</title>');
    expect(working.body).toContain('href="#deadline-unit">Working days can only be counted for a term in days');

    const unknown = await page('/termijn-berekenen?from=2025-03-07&term=forever&from=2025-01-01');
    expect(unknown.statusCode).toBe(400);
    expect(unknown.body).toContain('href="#deadline-term">Kies een termijn uit de lijst.');
    expect(unknown.body).not.toContain('href="#deadline-from"');

    // A wrong date is reported next to a wrong term.
    const both = await page('/termijn-berekenen?from=2025-13-01&term=forever');
    expect(both.body).toContain('href="#deadline-from">Geef een bestaande datum');
    expect(both.body).toContain('href="#deadline-term">Kies een termijn uit de lijst.');
  });

  it('escapes every echoed value', async () => {
    const script = encodeURIComponent('"><script>alert(1)</script>');
    const res = await page(`/termijn-berekenen?from=${script}&term=other&period=${script}&unit=${script}`);
    expect(res.statusCode).toBe(400);
    expect(res.body).not.toContain('<script');
    expect(res.body).toContain('value="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    const en = await page(`/en/deadline-calculator?term=${script}`);
    expect(en.statusCode).toBe(400);
    expect(en.body).not.toContain('<script');
  });

  it('is linked from the public home page in both languages', async () => {
    expect((await page('/')).body).toContain('<a class="utrecht-link" href="/termijn-berekenen">Termijn berekenen</a>');
    expect((await page('/en')).body).toContain('<a class="utrecht-link" href="/en/deadline-calculator">Calculate a deadline</a>');
  });
});
