// The accounts part of the JSON API: signing in and out, and who the caller is.
import { z } from 'zod';
import { signInSchema } from '#app/services/accounts/schemas.ts';
import { locales, roles, type User } from '#db/schema.ts';
import { answerResponse } from '../answers.ts';
import { signInForRequest, signOutForRequest } from '../session.server.ts';
import { defineOperation } from './operation.ts';

export const apiUserSchema = z.object({
  id: z.uuid(),
  fullName: z.string(),
  role: z.enum(roles),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  locale: z.enum(locales),
  provinceCode: z.string().nullable().describe('Province a counsellor or organiser is assigned to'),
});

export function toApiUser(user: User): z.output<typeof apiUserSchema> {
  const { id, fullName, role, email, phone, locale, provinceCode } = user;
  return { id, fullName, role, email, phone, locale, provinceCode };
}

export const accountOperations = [
  defineOperation(
    {
      method: 'post',
      path: '/api/v1/session',
      summary: 'Sign in with an email or phone number and a password; sets the session cookie',
      tag: 'Session',
      access: 'public',
      body: signInSchema,
      responses: {
        200: { description: 'Signed in', schema: z.object({ user: apiUserSchema }) },
        400: { description: 'Invalid input' },
        401: { description: 'Wrong login or password' },
        403: { description: 'Account disabled' },
        429: { description: 'Too many attempts; see Retry-After' },
      },
    },
    async ({ request, context, body }) => {
      const result = await signInForRequest(request, context, body);
      if (!result.ok) return answerResponse(result.answer);
      return { body: { user: toApiUser(result.user) }, headers: { 'Set-Cookie': result.setCookie } };
    },
  ),
  defineOperation(
    {
      method: 'delete',
      path: '/api/v1/session',
      summary: 'Sign out: ends the session and clears the cookie',
      tag: 'Session',
      access: 'public',
      responses: { 204: { description: 'Signed out' } },
    },
    async ({ request, context }) =>
      new Response(null, { status: 204, headers: { 'Set-Cookie': await signOutForRequest(request, context) } }),
  ),
  defineOperation(
    {
      method: 'get',
      path: '/api/v1/me',
      summary: 'The signed-in user',
      tag: 'Session',
      access: 'read:account',
      responses: {
        200: { description: 'The user', schema: z.object({ user: apiUserSchema }) },
        401: { description: 'Not signed in' },
      },
    },
    async ({ actor }) => ({ body: { user: toApiUser(actor) } }),
  ),
];
