// The Mantine theme: calm teal, large touch targets, system fonts that render Vietnamese well; every
// text colour reaches WCAG AA contrast (4.5:1) on its background in the light scheme: filled buttons
// and badges use each colour's darkest shade (made darker still for the greens, yellow and orange,
// which Mantine leaves at 3–4.4:1), light ones write in that shade, and "dimmed" text is a darker grey
// than Mantine's (3.3:1 was too faint).
import {
  DEFAULT_THEME,
  convertCssVariables,
  createTheme,
  defaultCssVariablesResolver,
  mergeMantineTheme,
  type CSSVariablesResolver,
  type MantineColorsTuple,
} from '@mantine/core';

/** Darkest shades with white text on them, and as text on their light background, at ≥ 4.6:1. */
const darkestShade = { teal: '#077252', red: '#a61e1e', green: '#226b30', lime: '#42690a', yellow: '#8f4a00', orange: '#a6370c' };
const colors = Object.fromEntries(
  Object.entries(darkestShade).map(([name, shade]) => [
    name,
    [...DEFAULT_THEME.colors[name]!.slice(0, 9), shade] as unknown as MantineColorsTuple,
  ]),
);

export const theme = createTheme({
  colors,
  primaryColor: 'teal',
  primaryShade: { light: 9, dark: 5 },
  defaultRadius: 'md',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '700' },
  components: {
    Button: { defaultProps: { size: 'md' } },
    TextInput: { defaultProps: { size: 'md' } },
    PasswordInput: { defaultProps: { size: 'md' } },
    Select: { defaultProps: { size: 'md' } },
  },
});

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    ...Object.fromEntries(
      Object.keys(DEFAULT_THEME.colors).map((name) => [`--mantine-color-${name}-light-color`, `var(--mantine-color-${name}-9)`]),
    ),
  },
  dark: { '--mantine-color-dimmed': 'var(--mantine-color-dark-1)' },
});

/**
 * The theme's CSS variables as MantineProvider writes them into a page (those that differ from the
 * defaults Mantine's stylesheet holds), worked out once here rather than on every render (about a
 * millisecond of each server render): root.tsx puts them in the head (tests/unit/theme.test.ts
 * checks they are the provider's own).
 */
export const themeVariablesCss = (() => {
  const merged = mergeMantineTheme(DEFAULT_THEME, theme);
  const base = defaultCssVariablesResolver(merged);
  const extra = cssVariablesResolver(merged);
  const defaults = defaultCssVariablesResolver(DEFAULT_THEME);
  const differing = (section: 'variables' | 'light' | 'dark') =>
    Object.fromEntries(
      Object.entries({ ...base[section], ...extra[section] }).filter(
        ([name, value]) => (defaults[section] as Record<string, string>)[name] !== value,
      ),
    );
  return convertCssVariables({ variables: differing('variables'), light: differing('light'), dark: differing('dark') });
})();
