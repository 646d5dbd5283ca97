import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../kernel/deps.js';
import { actorOf } from '../../kernel/guard.js';
import { loadReference } from './reference.service.js';

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
  settings: z.object({ reviewIntervalMonths: z.number().int(), followUpMonths: z.array(z.number().int()) }),
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
  };
}
