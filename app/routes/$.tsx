// Any address no other route serves: a 404 answered through the root's error page, after the root
// loader has run, so the page keeps the reader's header (signed in, language) and offers a way on.
import { errorResponse } from '#app/adapters/answers.ts';
import { translate } from '#app/i18n/i18n.ts';
import { getActor, getLocale } from '#app/adapters/session.server.ts';
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { titleMeta } from '#app/components/postings/meta.ts';

export const meta: MetaFunction = ({ matches }) => titleMeta(matches, 'error.notFoundTitle');

export async function loader({ request, context }: LoaderFunctionArgs) {
  const locale = await getLocale(request, await getActor(request, context));
  throw errorResponse('not_found', translate(locale, 'error.notFound'));
}

/** Never shown (the loader always answers 404); its presence makes this a page, so the error page renders. */
export default function NotFound() {
  return null;
}
