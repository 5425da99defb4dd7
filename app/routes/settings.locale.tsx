// POST: switch the interface language (saved on the account when signed in, else in a cookie).
import { redirect, type ActionFunctionArgs } from '@remix-run/node';
import { eq } from 'drizzle-orm';
import { pickLocale, translate } from '#app/i18n/i18n.ts';
import { getLocale, getUser, localeCookie } from '#app/services/auth.server.ts';
import { errorResponse } from '#app/services/http.server.ts';
import { safeRedirect } from '#app/services/redirect.ts';
import { users } from '#db/schema.ts';

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData();
  const locale = pickLocale(String(form.get('locale') ?? ''));
  const user = await getUser(request, context);
  if (!locale) {
    const current = await getLocale(request, user);
    return errorResponse('invalid_input', translate(current, 'validation.locale.invalid'), {
      fields: { locale: translate(current, 'validation.locale.invalid') },
    });
  }
  if (user) await context.services.db.update(users).set({ locale }).where(eq(users.id, user.id));
  return redirect(safeRedirect(form.get('redirectTo')), {
    headers: { 'Set-Cookie': await localeCookie.serialize(locale) },
  });
}

export function loader() {
  return redirect('/');
}
