// POST: switch the interface language (saved on the account when signed in, else in a cookie).
import { redirect, type ActionFunctionArgs } from '@remix-run/node';
import { errorResponse } from '#app/adapters/answers.ts';
import { inTransaction } from '#app/adapters/context.server.ts';
import { getActor, getLocale, localeCookie } from '#app/adapters/session.server.ts';
import { pickLocale, translate } from '#app/i18n/i18n.ts';
import { setOwnLocale } from '#app/services/accounts/commands.server.ts';
import { safeRedirect } from '#app/services/redirect.ts';

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData();
  const locale = pickLocale(String(form.get('locale') ?? ''));
  const user = await getActor(request, context);
  if (!locale) {
    const current = await getLocale(request, user);
    return errorResponse('invalid_input', translate(current, 'validation.locale.invalid'), {
      fields: { locale: translate(current, 'validation.locale.invalid') },
    });
  }
  if (user) await inTransaction(context.services, (tx) => setOwnLocale(tx, user, locale));
  return redirect(safeRedirect(form.get('redirectTo')), {
    headers: { 'Set-Cookie': await localeCookie.serialize(locale) },
  });
}

export function loader() {
  return redirect('/');
}
