// The theme's CSS variables, written once into each page's head (app/theme.ts), are exactly those
// MantineProvider would write on every render: the contrast-safe shades and dimmed greys included.
import { MantineProvider } from '@mantine/core';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { expect, test } from 'vitest';
import { cssVariablesResolver, theme, themeVariablesCss } from '#app/theme.ts';

test('the variables written once are the ones MantineProvider writes', () => {
  const html = renderToString(createElement(MantineProvider, { theme, cssVariablesResolver, defaultColorScheme: 'auto' }));
  const written = html.match(/<style data-mantine-styles="true">([\s\S]*?)<\/style>/)?.[1];
  expect(written).toBeTruthy();
  expect(themeVariablesCss).toBe(written!.replace(/&quot;/g, '"'));
  expect(themeVariablesCss).toContain('--mantine-color-dimmed: var(--mantine-color-gray-7)');
});
