import type { Db } from '../../kernel/db.js';
import { validateTemplate } from './letters.merge.js';

/**
 * The default letter templates (ADR 0013): realistic Dutch letters for the Opiumwet 13b and Gemeentewet 174a
 * procedures, the decision on objection and the Bibob letters. Jurists adapt them to the municipality's own
 * wording; every change becomes a new version. Inserts missing templates only: edited ones stay as they are.
 */

export interface TemplateSeed {
  code: string;
  kind: string;
  nameNl: string;
  nameEn: string;
  subject: string;
  body: string;
}

const closing = 'Hebt u vragen over deze brief? Bel dan met de gemeente Utrecht via 14 030 en noem het kenmerk {{ kenmerk }}.';

export const letterTemplateSeeds: readonly TemplateSeed[] = [
  {
    code: 'waarschuwing_13b',
    kind: 'warning',
    nameNl: 'Waarschuwing Opiumwet artikel 13b',
    nameEn: 'Warning under the Opium Act section 13b',
    subject: 'Waarschuwing drugshandel in {{ adres_pand }}',
    body: `Geachte heer, mevrouw,

Uit informatie van de politie blijkt dat in of bij het pand {{ adres_pand }} drugs aanwezig waren die bestemd waren voor verkoop, aflevering of verstrekking. Het gaat om de volgende feiten:

{{ feiten }}

Dit is in strijd met de Opiumwet. Op grond van {{ artikel }} mag {{ bevoegd_gezag }} in zo'n geval een last onder bestuursdwang opleggen, bijvoorbeeld door het pand te sluiten.

Deze keer volstaat {{ bevoegd_gezag }} met deze schriftelijke waarschuwing. Als opnieuw wordt vastgesteld dat in of bij het pand drugs worden verkocht, afgeleverd of verstrekt, of daarvoor aanwezig zijn, dan kan het pand zonder verdere waarschuwing worden gesloten.

Deze waarschuwing is geen besluit in de zin van de Algemene wet bestuursrecht. U kunt er daarom geen bezwaar tegen maken.

${closing}`,
  },
  {
    code: 'voornemen_sluiting_13b',
    kind: 'intention',
    nameNl: 'Voornemen tot sluiting (Opiumwet artikel 13b)',
    nameEn: 'Intention to close (Opium Act section 13b)',
    subject: 'Voornemen tot sluiting van {{ adres_pand }}',
    body: `Geachte heer, mevrouw,

Met deze brief laat ik u weten dat ik van plan ben {{ maatregel }} aan {{ adres_pand }} te bevelen voor de duur van {{ duur }}.

Wettelijke grondslag: {{ artikel }} ({{ grondslag }}).

# Wat is er gebeurd?

{{ feiten }}

# Waarom ben ik dit van plan?

In of bij het pand werden drugs verkocht, afgeleverd of verstrekt, of waren drugs daarvoor aanwezig. Dat brengt gevaar mee voor de openbare orde en de veiligheid van omwonenden: het pand wordt bekend als plek waar drugs te koop zijn, en dat trekt criminaliteit en overlast aan. Een sluiting herstelt de openbare orde en beëindigt de loop naar het pand. Ik heb onderzocht of een lichtere maatregel volstaat en of de sluiting in verhouding staat tot de belangen van de bewoners en de eigenaar. Die afweging maak ik definitief nadat ik uw zienswijze heb gekregen.

# Uw zienswijze

Voordat ik een besluit neem, mag u uw mening geven over dit voornemen (artikelen 4:8 en 4:9 van de Algemene wet bestuursrecht). U kunt dat schriftelijk of mondeling doen, tot en met {{ zienswijze_termijn }}. Stuur uw zienswijze naar {{ bevoegd_gezag }}, Postbus 16200, 3500 CE Utrecht, en vermeld het kenmerk {{ kenmerk }}. Wilt u uw zienswijze mondeling geven? Bel dan voor een afspraak.

Dit voornemen is nog geen besluit. U kunt er geen bezwaar tegen maken.

${closing}`,
  },
  {
    code: 'besluit_sluiting_13b',
    kind: 'decision',
    nameNl: 'Besluit tot sluiting (Opiumwet artikel 13b)',
    nameEn: 'Decision to close (Opium Act section 13b)',
    subject: 'Besluit tot sluiting van {{ adres_pand }}',
    body: `Geachte heer, mevrouw,

Ik heb besloten tot {{ maatregel }} aan {{ adres_pand }} voor de duur van {{ duur }}. In deze brief leg ik uit waarom.

Wettelijke grondslag: {{ artikel }} ({{ grondslag }}).

# De feiten

{{ feiten }}

# Afweging

In of bij het pand werden drugs verkocht, afgeleverd of verstrekt, of waren drugs daarvoor aanwezig. Ik heb beoordeeld of de sluiting geschikt en noodzakelijk is om de openbare orde te herstellen en te voorkomen dat het pand opnieuw voor drugshandel wordt gebruikt, en of de sluiting in verhouding staat tot de gevolgen voor u en andere betrokkenen. Ik heb daarbij uw zienswijze meegewogen. Ik vind de sluiting voor de duur van {{ duur }} evenredig.

# Wat moet u doen?

U moet het pand uiterlijk op {{ begunstigingstermijn }} gesloten houden en gesloten laten tot het einde van de sluiting. Doet u dat niet, dan sluit de gemeente het pand zelf (bestuursdwang). De kosten daarvan kunnen bij u in rekening worden gebracht. Het is verboden het pand te betreden zolang het gesloten is.

# Bezwaar

{{ bezwaarclausule }}

${closing}`,
  },
  {
    code: 'voornemen_sluiting_174a',
    kind: 'intention',
    nameNl: 'Voornemen tot sluiting (Gemeentewet artikel 174a)',
    nameEn: 'Intention to close (Municipalities Act section 174a)',
    subject: 'Voornemen tot sluiting van de woning {{ adres_pand }}',
    body: `Geachte heer, mevrouw,

Ik ben van plan de woning {{ adres_pand }} te sluiten voor de duur van {{ duur }}. Ik ben dat van plan omdat door gedragingen in of rond de woning de openbare orde ernstig wordt verstoord, of er ernstige vrees voor verstoring daarvan bestaat.

Wettelijke grondslag: {{ artikel }} ({{ grondslag }}).

# Wat is er gebeurd?

{{ feiten }}

# Uw zienswijze

Voordat ik een besluit neem, mag u uw mening geven over dit voornemen. U kunt dat schriftelijk of mondeling doen, tot en met {{ zienswijze_termijn }}. Stuur uw zienswijze naar {{ bevoegd_gezag }}, Postbus 16200, 3500 CE Utrecht, onder vermelding van het kenmerk {{ kenmerk }}.

Dit voornemen is nog geen besluit. U kunt er geen bezwaar tegen maken.

${closing}`,
  },
  {
    code: 'besluit_sluiting_174a',
    kind: 'decision',
    nameNl: 'Besluit tot sluiting (Gemeentewet artikel 174a)',
    nameEn: 'Decision to close (Municipalities Act section 174a)',
    subject: 'Besluit tot sluiting van de woning {{ adres_pand }}',
    body: `Geachte heer, mevrouw,

Ik heb besloten de woning {{ adres_pand }} te sluiten voor de duur van {{ duur }}.

Wettelijke grondslag: {{ artikel }} ({{ grondslag }}).

# De feiten

{{ feiten }}

# Afweging

Door de gedragingen in of rond de woning is de openbare orde ernstig verstoord en is de veiligheid van omwonenden in gevaar gekomen. Ik heb beoordeeld of een lichtere maatregel volstaat en of de sluiting in verhouding staat tot de gevolgen voor de bewoners. Ik heb daarbij uw zienswijze meegewogen. Ik vind sluiting voor {{ duur }} noodzakelijk en evenredig.

# Wat moet u doen?

De woning moet uiterlijk op {{ begunstigingstermijn }} verlaten en gesloten zijn. Doet u dat niet, dan sluit de gemeente de woning zelf. De kosten daarvan kunnen bij u in rekening worden gebracht.

# Bezwaar

{{ bezwaarclausule }}

${closing}`,
  },
  {
    code: 'besluit_op_bezwaar',
    kind: 'objection_decision',
    nameNl: 'Besluit op bezwaar',
    nameEn: 'Decision on objection',
    subject: 'Besluit op uw bezwaar tegen het besluit van {{ datum_besluit }}',
    body: `Geachte heer, mevrouw,

U hebt bezwaar gemaakt tegen het besluit van {{ datum_besluit }} tot {{ maatregel }} aan {{ adres_pand }}, bekendgemaakt op {{ datum_bekendmaking }}. In deze brief leest u mijn beslissing op uw bezwaar.

# De heroverweging

Ik heb het besluit opnieuw beoordeeld, met wat u in uw bezwaarschrift hebt aangevoerd en, als u bent gehoord, wat u tijdens de hoorzitting hebt gezegd. Het besluit steunde op de volgende feiten:

{{ feiten }}

# Mijn beslissing

Ik verklaar uw bezwaar ongegrond en handhaaf het besluit. De maatregel blijft gebaseerd op {{ artikel }} ({{ grondslag }}).

# Beroep

Bent u het niet eens met deze beslissing? Dan kunt u binnen zes weken na de dag waarop deze beslissing is bekendgemaakt beroep instellen bij de rechtbank Midden-Nederland, sector bestuursrecht, Postbus 16005, 3500 DA Utrecht (artikelen 6:7, 6:8 en 8:1 van de Algemene wet bestuursrecht). Het beroepschrift moet zijn ondertekend en bevat ten minste uw naam en adres, de datum, een omschrijving van de beslissing waartegen u beroep instelt en de redenen daarvan. U kunt ook digitaal beroep instellen via het digitaal loket van de rechtspraak. Voor een beroep betaalt u griffierecht. Vindt u de zaak spoedeisend, dan kunt u de voorzieningenrechter van de rechtbank vragen een voorlopige voorziening te treffen.

${closing}`,
  },
  {
    code: 'bibob_voornemen_weigering',
    kind: 'bibob_intention',
    nameNl: 'Bibob: voornemen tot weigering van de vergunning',
    nameEn: 'Bibob: intention to refuse the permit',
    subject: 'Voornemen tot weigering van uw aanvraag voor een {{ vergunning }}',
    body: `Geachte heer, mevrouw,

U hebt een {{ vergunning }} aangevraagd voor {{ adres_pand }}. Ik ben van plan deze aanvraag te weigeren op grond van artikel 3 van de Wet bevordering integriteitsbeoordelingen door het openbaar bestuur (Wet Bibob).

# Waarom ben ik dit van plan?

Bij de behandeling van uw aanvraag heb ik een Bibob-onderzoek gedaan en advies gevraagd aan het Landelijk Bureau Bibob. Het Landelijk Bureau Bibob concludeert dat {{ bibob_advies }} dat de vergunning mede zal worden gebruikt om uit strafbare feiten verkregen of te verkrijgen voordelen te benutten, of om strafbare feiten te plegen. Ik neem deze conclusie over. De onderbouwing staat in het advies, dat u op afspraak kunt inzien.

# Uw zienswijze

Voordat ik een besluit neem, mag u uw mening geven over dit voornemen. Stuur uw zienswijze binnen twee weken na de datum van deze brief naar {{ bevoegd_gezag }}, Postbus 16200, 3500 CE Utrecht, onder vermelding van het kenmerk {{ kenmerk }}. Het Bibob-advies is vertrouwelijk: u mag de inhoud niet openbaar maken (artikel 28 van de Wet Bibob).

${closing}`,
  },
  {
    code: 'bibob_besluit',
    kind: 'bibob_decision',
    nameNl: 'Bibob: besluit op de aanvraag',
    nameEn: 'Bibob: decision on the application',
    subject: 'Besluit op uw aanvraag voor een {{ vergunning }}',
    body: `Geachte heer, mevrouw,

U hebt een {{ vergunning }} aangevraagd voor {{ adres_pand }}. Op {{ datum_besluit }} heb ik op uw aanvraag beslist: {{ besluit_bibob }}.

# Het Bibob-onderzoek

Bij de behandeling van uw aanvraag heb ik een onderzoek gedaan op grond van de Wet bevordering integriteitsbeoordelingen door het openbaar bestuur (Wet Bibob). Het Landelijk Bureau Bibob concludeert dat {{ bibob_advies }}. Ik heb deze conclusie en uw zienswijze meegewogen.

# Voorschriften

{{ voorwaarden }}

# Bezwaar

{{ bezwaarclausule }}

${closing}`,
  },
];

/** Inserts the templates that are missing (by code), each with its first version. */
export async function seedLetterReference(db: Db): Promise<void> {
  const existing = new Set((await db.selectFrom('letter_templates').select('code').execute()).map((row) => row.code));
  for (const seed of letterTemplateSeeds) {
    if (existing.has(seed.code)) continue;
    const errors = validateTemplate(seed);
    if (errors.length > 0) throw new Error(`letter template ${seed.code}: ${errors.map((error) => error.message).join('; ')}`);
    await db.transaction().execute(async (trx) => {
      const row = await trx
        .insertInto('letter_templates')
        .values({ code: seed.code, kind: seed.kind, name_nl: seed.nameNl, name_en: seed.nameEn, subject: seed.subject, body: seed.body })
        .onConflict((oc) => oc.column('code').doNothing())
        .returning(['id'])
        .executeTakeFirst();
      if (!row) return;
      await trx
        .insertInto('letter_template_versions')
        .values({ template_id: row.id, version: 1, subject: seed.subject, body: seed.body, note: 'Standaardsjabloon van Dwarsboom' })
        .execute();
    });
  }
}
