import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../kernel/deps.js';

const area = z.object({
  code: z.string(),
  kind: z.enum(['gemeente', 'wijk', 'buurt']),
  name: z.string(),
  parentCode: z.string().nullable(),
  centroid: z.tuple([z.number(), z.number()]).nullable().describe('Benadering (WGS84 lat, lon), alleen voor een kaartmarkering'),
});

/** Reference data open to everyone: Utrecht's areas. */
export function referenceModule(deps: AppDeps): FastifyPluginAsync {
  return async (fastify) => {
    const app = fastify.withTypeProvider<ZodTypeProvider>();
    app.get(
      '/public/areas',
      {
        schema: {
          tags: ['reference'],
          summary: 'Gebieden van Utrecht (gemeente, wijken)',
          security: [],
          querystring: z.strictObject({ kind: z.enum(['gemeente', 'wijk', 'buurt']).optional() }),
          response: { 200: z.object({ items: z.array(area) }) },
        },
      },
      async (req) => {
        const rows = await deps.db
          .selectFrom('areas')
          .selectAll()
          .$if(req.query.kind !== undefined, (qb) => qb.where('kind', '=', req.query.kind!))
          .orderBy('code')
          .execute();
        return {
          items: rows.map((r) => ({
            code: r.code,
            kind: r.kind as 'gemeente' | 'wijk' | 'buurt',
            name: r.name,
            parentCode: r.parent_code,
            centroid: r.centroid_lat !== null && r.centroid_lon !== null ? ([r.centroid_lat, r.centroid_lon] as [number, number]) : null,
          })),
        };
      },
    );
  };
}
