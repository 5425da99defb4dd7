// Loading a job or training page: who is looking decides what is visible (the posting service
// applies the rule); "not there or not for you" becomes a 404 page.
import type { AppLoadContext } from '@remix-run/node';
import { getLocale, getUser } from '#app/services/auth.server.ts';
import { domainErrorResponse } from '#app/services/errors.server.ts';
import type { getJobDetail } from '#app/services/postings.server.ts';
import type { Db } from '#db/client.ts';
import type { User } from '#db/schema.ts';

type OrganisationSummary = Awaited<ReturnType<typeof getJobDetail>>['organisation'];

export async function loadPostingPage<T extends { organisation: OrganisationSummary }>(
  request: Request,
  context: AppLoadContext,
  load: (db: Db, viewer: User | null) => Promise<T>,
) {
  const viewer = await getUser(request, context);
  const locale = await getLocale(request, viewer);
  try {
    const { organisation: summary, ...detail }: { organisation: OrganisationSummary } & Omit<T, 'organisation'> = await load(
      context.services.db,
      viewer,
    );
    // The organisation's contact stays off the page: people apply by signing in or through a counsellor.
    const { contactName: _name, contactPhone: _phone, ...organisation } = summary;
    return { ...detail, locale, viewerRole: viewer?.role ?? null, organisation };
  } catch (error) {
    throw domainErrorResponse(error, locale) ?? error;
  }
}
