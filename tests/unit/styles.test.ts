// Pages load only the Mantine styles they show: the root brings app/styles/base.css, and a module
// that renders a form control, a pick list or a table imports that sheet itself (forms.css,
// pick-lists.css, data.css). A module that forgets would render an unstyled control on some page.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';

const appDir = path.resolve(import.meta.dirname, '../../app');

/** The sheet each Mantine component's styles are in; every other component used must be in base.css. */
const sheetOf: Record<string, readonly string[]> = {
  TextInput: ['forms'],
  Textarea: ['forms'],
  NativeSelect: ['forms'],
  Input: ['forms'],
  Checkbox: ['forms'],
  Radio: ['forms'],
  PasswordInput: ['forms'],
  NumberInput: ['forms'],
  Fieldset: ['forms'],
  Select: ['forms', 'pick-lists'],
  MultiSelect: ['forms', 'pick-lists'],
  Table: ['data'],
  Timeline: ['data'],
  Blockquote: ['data'],
  Code: ['data'],
};
/** Components styled by base.css (or needing no styles of their own). */
const inBase = new Set(
  'DEFAULT_THEME convertCssVariables defaultCssVariablesResolver mergeMantineTheme Alert Anchor Badge Box Button ActionIcon Card Center CloseButton ColorSchemeScript Container Divider Flex Grid Group List Loader MantineProvider Paper SimpleGrid Stack Text Title UnstyledButton VisuallyHidden createTheme mantineHtmlProps useComputedColorScheme useMantineColorScheme'.split(
    ' ',
  ),
);

test('every module imports the sheets of the Mantine components it renders', () => {
  const files = (readdirSync(appDir, { recursive: true }) as string[]).filter((f) => /\.tsx?$/.test(f));
  const faults: string[] = [];
  for (const file of files) {
    const source = readFileSync(path.join(appDir, file), 'utf8');
    const used = [...source.matchAll(/import\s*\{([^}]*)\}\s*from\s*'@mantine\/core'/g)]
      .flatMap((m) => m[1]!.split(','))
      .map((name) => name.trim())
      .filter((name) => name && !name.startsWith('type '));
    for (const component of used) {
      const sheets = sheetOf[component];
      if (!sheets && !inBase.has(component)) faults.push(`${file}: ${component} is in no sheet (add its CSS to one)`);
      for (const sheet of sheets ?? [])
        if (!source.includes(`'#app/styles/${sheet}.css'`)) faults.push(`${file}: ${component} needs ${sheet}.css`);
    }
  }
  expect(faults).toEqual([]);
});

test('the sheets hold the styles the table above says they do', () => {
  const sheet = (name: string) => readFileSync(path.join(appDir, 'styles', `${name}.css`), 'utf8');
  for (const [component, sheets] of Object.entries(sheetOf)) {
    const own = component === 'TextInput' || component === 'Textarea' || component === 'NativeSelect' ? 'Input' : component;
    const at = sheets[sheets.length - 1]!;
    expect(sheet(at), `${component} in ${at}.css`).toContain(
      `@mantine/core/styles/${own === 'Select' || own === 'MultiSelect' ? 'Combobox' : own}.css`,
    );
  }
  for (const component of ['Button', 'Badge', 'Alert', 'Paper', 'Anchor', 'Title', 'Text'])
    expect(sheet('base')).toContain(`/${component}.css`);
});
