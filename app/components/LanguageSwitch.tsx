// Switches the interface language (a plain form: it works without JavaScript); remembered on the
// account when signed in, in a cookie otherwise.
import { Form, useLocation } from '@remix-run/react';
import { useLocale, useT } from '#app/i18n/use-t.ts';
import classes from './shell/Shell.module.css';

export function LanguageSwitch() {
  const t = useT();
  const locale = useLocale();
  const location = useLocation();
  const other = locale === 'vi' ? 'en' : 'vi';
  return (
    <Form method="post" action="/settings/locale">
      <input type="hidden" name="locale" value={other} />
      <input type="hidden" name="redirectTo" value={location.pathname + location.search} />
      {/* Named by what it shows, in the language it offers, so a screen reader says what a sighted reader sees. */}
      <button type="submit" className={`${classes.button} ${classes.default}`} lang={other}>
        {t(`language.${other}`)}
      </button>
    </Form>
  );
}
