import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../kernel/deps.js';
import { actorOf, contextOf, requirePermission } from '../../kernel/guard.js';
import { followUpProblem, loadReference, loadReferenceAdmin, saveCriterion, saveDomain, saveLegalBasis, saveSettings } from './reference.service.js';

export const careerReference = z.object({
  criteria: z.array(z.object({ code: z.string(), textNl: z.string(), textEn: z.string(), active: z.boolean() })),
  domains: z.array(
    z.object({
      code: z.string(),
      nameNl: z.string(),
      nameEn: z.string(),
      restrictedTo: z.array(z.string()).describe('Organisatiesoorten naast de gemeente die de inhoud van dit leefgebied mogen zien; leeg = het hele team'),
    }),
  ),
  legalBases: z.array(z.object({ code: z.string(), nameNl: z.string(), nameEn: z.string(), description: z.string(), active: z.boolean() })),
  settings: z.object({
    reviewIntervalMonths: z.number().int(),
    followUpMonths: z.array(z.number().int()),
    retentionYears: z.number().int().describe('Jaren na uitstroom dat een traject wordt bewaard'),
    notAcceptedRetentionMonths: z.number().int().describe('Maanden dat een niet-aangenomen aanmelding wordt bewaard'),
  }),
});

const codePattern = /^[a-z][a-z0-9_]{1,39}$/;
const codeParams = z.strictObject({
  code: z.string().regex(codePattern, 'Een code begint met een kleine letter en bestaat uit kleine letters, cijfers en _ (2 tot 40 tekens).'),
});
const name = (label: string, max = 200) =>
  z
    .string({ error: `Vul ${label} in.` })
    .trim()
    .min(1, `Vul ${label} in.`)
    .max(max, `De tekst is te lang (hoogstens ${max} tekens).`);
const active = z.boolean({ error: 'Geef aan of het actief is (true of false).' });
const sortOrder = z
  .number({ error: 'Geef een volgorde als heel getal.' })
  .int('Geef een volgorde als heel getal.')
  .min(0, 'De volgorde is 0 of meer.')
  .max(10000, 'De volgorde is hoogstens 10000.');

export const criterionInput = z.strictObject({ textNl: name('de Nederlandse tekst', 1000), textEn: name('de Engelse tekst', 1000), active, sortOrder });
export const domainInput = z.strictObject({
  nameNl: name('een Nederlandse naam'),
  nameEn: name('een Engelse naam'),
  restrictedTo: z
    .array(z.string({ error: 'Kies een organisatiesoort.' }), { error: 'Geef een lijst van organisatiesoorten (leeg = het hele team).' })
    .max(30, 'Te veel organisatiesoorten.'),
  sortOrder,
});
export const legalBasisInput = z.strictObject({
  nameNl: name('een Nederlandse naam'),
  nameEn: name('een Engelse naam'),
  description: z.string({ error: 'Vul een toelichting in.' }).trim().max(2000, 'De toelichting is te lang (hoogstens 2000 tekens).'),
  active,
  sortOrder,
});
export const settingsInput = z
  .strictObject({
    reviewIntervalMonths: z
      .number({ error: 'Geef het aantal maanden tussen twee evenredigheidstoetsen.' })
      .int('Geef een heel aantal maanden.')
      .min(1, 'De termijn van de evenredigheidstoets is 1 tot en met 12 maanden.')
      .max(12, 'De termijn van de evenredigheidstoets is 1 tot en met 12 maanden.'),
    followUpMonths: z
      .array(z.number({ error: 'Een moment van nazorg is een heel aantal maanden.' }), { error: 'Geef de momenten van nazorg als lijst van maanden.' })
      .max(12, 'Hoogstens 12 momenten van nazorg.'),
    retentionYears: z
      .number({ error: 'Geef de bewaartermijn in jaren.' })
      .int('Geef een heel aantal jaren.')
      .min(1, 'De bewaartermijn na uitstroom is 1 tot en met 20 jaar.')
      .max(20, 'De bewaartermijn na uitstroom is 1 tot en met 20 jaar.')
      .optional(),
    notAcceptedRetentionMonths: z
      .number({ error: 'Geef de bewaartermijn in maanden.' })
      .int('Geef een heel aantal maanden.')
      .min(1, 'De bewaartermijn van niet-aangenomen aanmeldingen is 1 tot en met 60 maanden.')
      .max(60, 'De bewaartermijn van niet-aangenomen aanmeldingen is 1 tot en met 60 maanden.')
      .optional(),
  })
  .superRefine((value, ctx) => {
    const problem = followUpProblem(value.followUpMonths);
    if (problem) {
      ctx.addIssue({
        code: 'custom',
        path: problem.path
          .split('.')
          .slice(1)
          .map((p) => (/^\d+$/.test(p) ? Number(p) : p)),
        message: problem.message,
      });
    }
  });

const sorted = { sortOrder: z.number().int() };
const changed = { updatedAt: z.string(), updatedBy: z.string().nullable() };
export const careerReferenceAdmin = z.object({
  criteria: z.array(careerReference.shape.criteria.element.extend({ ...sorted, ...changed })),
  domains: z.array(careerReference.shape.domains.element.extend({ ...sorted, ...changed })),
  legalBases: z.array(careerReference.shape.legalBases.element.extend(sorted)),
  settings: careerReference.shape.settings.extend(changed),
  organisationKinds: z.array(z.string()).describe('Organisatiesoorten die bestaan, zonder de gemeente (die ziet alles)'),
});

/** Reference data of the person-centred approach: criteria, life domains, legal bases, settings (no case content). */
export function referenceRoutes(deps: AppDeps): FastifyPluginAsync {
  return async (fastify) => {
    const app = fastify.withTypeProvider<ZodTypeProvider>();
    const tags = ['careers'];
    app.get(
      '/',
      {
        preHandler: async (req) => void actorOf(req),
        schema: { tags, summary: 'Criteria, leefgebieden, grondslagen en instellingen van de persoonsgerichte aanpak', response: { 200: careerReference } },
      },
      async () => loadReference(deps.db),
    );

    // Beheer (reference:manage). Changes apply to intakes and exits from now on, not to running trajectories;
    // which organisation kinds see a life domain applies at once.
    const manage = { preHandler: requirePermission(deps, 'reference:manage') };
    const admin = async () => loadReferenceAdmin(deps.db);
    app.get(
      '/admin',
      { ...manage, schema: { tags, summary: 'Alle referentiegegevens met volgorde en laatste wijziging (beheer)', response: { 200: careerReferenceAdmin } } },
      admin,
    );
    app.put(
      '/criteria/:code',
      {
        ...manage,
        schema: {
          tags,
          summary: 'Criterium toevoegen of wijzigen',
          params: codeParams,
          body: criterionInput,
          response: { 200: careerReferenceAdmin, 201: careerReferenceAdmin },
        },
      },
      async (req, reply) => {
        const { created } = await saveCriterion(contextOf(deps, req), req.params.code, req.body);
        return reply.code(created ? 201 : 200).send(await admin());
      },
    );
    app.put(
      '/domains/:code',
      {
        ...manage,
        schema: {
          tags,
          summary: 'Leefgebied toevoegen of wijzigen, met de organisatiesoorten die de inhoud mogen zien',
          params: codeParams,
          body: domainInput,
          response: { 200: careerReferenceAdmin, 201: careerReferenceAdmin },
        },
      },
      async (req, reply) => {
        const { created } = await saveDomain(contextOf(deps, req), req.params.code, req.body);
        return reply.code(created ? 201 : 200).send(await admin());
      },
    );
    app.put(
      '/legal-bases/:code',
      {
        ...manage,
        schema: {
          tags,
          summary: 'Grondslag toevoegen of wijzigen',
          params: codeParams,
          body: legalBasisInput,
          response: { 200: careerReferenceAdmin, 201: careerReferenceAdmin },
        },
      },
      async (req, reply) => {
        const { created } = await saveLegalBasis(contextOf(deps, req), req.params.code, req.body);
        return reply.code(created ? 201 : 200).send(await admin());
      },
    );
    app.put(
      '/settings',
      {
        ...manage,
        schema: { tags, summary: 'Termijn evenredigheidstoets en momenten van nazorg wijzigen', body: settingsInput, response: { 200: careerReferenceAdmin } },
      },
      async (req) => {
        await saveSettings(contextOf(deps, req), req.body);
        return admin();
      },
    );
  };
}
