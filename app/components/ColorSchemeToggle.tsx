// Light/dark switch; Mantine remembers the choice in localStorage. It needs JavaScript, so it only
// appears once the JavaScript runs (no button that does nothing before).
import { useComputedColorScheme, useMantineColorScheme } from '@mantine/core';
import classes from '#app/components/shell/Shell.module.css';
import { useHydrated } from '#app/components/use-hydrated.ts';
import { useT } from '#app/i18n/use-t.ts';

export function ColorSchemeToggle() {
  const t = useT();
  const { setColorScheme } = useMantineColorScheme();
  const computed = useComputedColorScheme('light', { getInitialValueInEffect: true });
  const hydrated = useHydrated();
  if (!hydrated) return null;
  return (
    <button
      type="button"
      className={`${classes.button} ${classes.default} ${classes.icon}`}
      aria-label={t('nav.colorScheme')}
      title={t('nav.colorScheme')}
      onClick={() => setColorScheme(computed === 'light' ? 'dark' : 'light')}
    >
      <span aria-hidden="true">{computed === 'light' ? '☾' : '☀'}</span>
    </button>
  );
}
