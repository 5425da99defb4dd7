// Light/dark switch; Mantine remembers the choice in localStorage.
import { ActionIcon, useComputedColorScheme, useMantineColorScheme } from '@mantine/core';
import { useT } from '#app/i18n/use-t.ts';

export function ColorSchemeToggle() {
  const t = useT();
  const { setColorScheme } = useMantineColorScheme();
  const computed = useComputedColorScheme('light', { getInitialValueInEffect: true });
  return (
    <ActionIcon
      variant="default"
      size="lg"
      aria-label={t('nav.colorScheme')}
      title={t('nav.colorScheme')}
      onClick={() => setColorScheme(computed === 'light' ? 'dark' : 'light')}
    >
      <span aria-hidden="true">{computed === 'light' ? '☾' : '☀'}</span>
    </ActionIcon>
  );
}
