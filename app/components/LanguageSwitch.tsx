// Switches the interface language; remembered on the account when signed in, in a cookie otherwise.
import { Button } from '@mantine/core';
import { Form, useLocation } from '@remix-run/react';
import { useLocale, useT } from '#app/i18n/use-t.ts';

export function LanguageSwitch() {
  const t = useT();
  const locale = useLocale();
  const location = useLocation();
  const other = locale === 'vi' ? 'en' : 'vi';
  return (
    <Form method="post" action="/settings/locale">
      <input type="hidden" name="locale" value={other} />
      <input type="hidden" name="redirectTo" value={location.pathname + location.search} />
      <Button type="submit" variant="default" size="sm" aria-label={`${t('nav.language')}: ${t(`language.${other}`)}`} lang={other}>
        {other.toUpperCase()}
      </Button>
    </Form>
  );
}
