import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../kernel/deps.js';
import { contextOf, requirePermission } from '../../kernel/guard.js';
import { adminUser, createUserBody, listUsersQuery, organisation, updateUserBody, userIdParams, userWithPassword } from './users.schemas.js';
import { createUser, getUser, listOrganisations, listUsers, resetUser, setUserActive, updateUser } from './users.service.js';

const tags = ['users'];

/** Organisations and user administration (beheerder only). */
export function usersModule(deps: AppDeps): FastifyPluginAsync {
  return async (fastify) => {
    const app = fastify.withTypeProvider<ZodTypeProvider>();
    const manage = { preHandler: requirePermission(deps, 'users:manage') };

    app.get(
      '/organisations',
      { schema: { tags, summary: 'Organisaties (gemeente en partners)', response: { 200: z.object({ items: z.array(organisation) }) } } },
      async () => ({ items: await listOrganisations(deps) }),
    );

    app.get(
      '/admin/users',
      { ...manage, schema: { tags, summary: 'Gebruikers zoeken', querystring: listUsersQuery, response: { 200: z.object({ items: z.array(adminUser) }) } } },
      async (req) => ({ items: await listUsers(contextOf(deps, req), req.query) }),
    );

    app.post(
      '/admin/users',
      { ...manage, schema: { tags, summary: 'Gebruiker aanmaken (met tijdelijk wachtwoord)', body: createUserBody, response: { 201: userWithPassword } } },
      async (req, reply) => reply.code(201).send(await createUser(contextOf(deps, req), req.body)),
    );

    app.get('/admin/users/:id', { ...manage, schema: { tags, summary: 'Gebruiker inzien', params: userIdParams, response: { 200: adminUser } } }, async (req) =>
      getUser(contextOf(deps, req), req.params.id),
    );

    app.patch(
      '/admin/users/:id',
      { ...manage, schema: { tags, summary: 'Gebruiker wijzigen', params: userIdParams, body: updateUserBody, response: { 200: adminUser } } },
      async (req) => updateUser(contextOf(deps, req), req.params.id, req.body),
    );

    app.post(
      '/admin/users/:id/deactivate',
      { ...manage, schema: { tags, summary: 'Gebruiker deactiveren (beëindigt alle sessies)', params: userIdParams, response: { 200: adminUser } } },
      async (req) => setUserActive(contextOf(deps, req), req.params.id, false),
    );

    app.post(
      '/admin/users/:id/activate',
      { ...manage, schema: { tags, summary: 'Gebruiker weer activeren', params: userIdParams, response: { 200: adminUser } } },
      async (req) => setUserActive(contextOf(deps, req), req.params.id, true),
    );

    app.post(
      '/admin/users/:id/reset',
      {
        ...manage,
        schema: { tags, summary: 'Wachtwoord en tweestapsverificatie herstellen', params: userIdParams, response: { 200: userWithPassword } },
      },
      async (req) => resetUser(contextOf(deps, req), req.params.id),
    );
  };
}
