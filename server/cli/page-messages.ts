// `npm run i18n:pages` writes app/i18n/page-messages.generated.ts: for each route, the message keys
// its browser code can ask `t()` / `translate` for — the keys written in its module and in every app
// module it imports, their server parts left out (loader and action bodies, imports only they use,
// `.server` modules: those translate on the server, where every message is at hand). A key built at
// run time counts by its written start (`pipeline.status.${s}` → every `pipeline.status.` key). The
// root loader sends each page only these, in the reader's language.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as prettier from 'prettier';
import ts from 'typescript';
import { messages } from '#app/i18n/messages.ts';
import { extraPageMessages } from '#app/i18n/page-messages.ts';
import { isStaffRoute, staffOnlyMessages } from '#app/i18n/staff-only.ts';

const allKeys = Object.keys(messages);
const isMessageKey = (text: string) => Object.hasOwn(messages, text);

const root = path.resolve(import.meta.dirname, '..', '..');
const serverOnlyExports = new Set(['loader', 'action', 'headers']);

function resolveImport(from: string, specifier: string): string | null {
  let target: string;
  if (specifier.startsWith('#app/')) target = path.join(root, 'app', specifier.slice('#app/'.length));
  else if (specifier.startsWith('#lib/')) target = path.join(root, 'lib', specifier.slice('#lib/'.length));
  else if (specifier.startsWith('.')) target = path.resolve(path.dirname(from), specifier);
  else return null;
  if (/\.server(\.tsx?)?$/.test(target) || target.endsWith('.css')) return null;
  return existsSync(target) ? target : null;
}

/** The module's own `loader` / `action` / `headers` (a local variable of that name is browser code). */
function isServerOnly(node: ts.Node) {
  if (!node.parent || !ts.isSourceFile(node.parent)) return false;
  if (ts.isFunctionDeclaration(node) && node.name && serverOnlyExports.has(node.name.text)) return true;
  return (
    ts.isVariableStatement(node) &&
    node.declarationList.declarations.some((d) => ts.isIdentifier(d.name) && serverOnlyExports.has(d.name.text))
  );
}

/** Every key (`keys`) and run-time key start (`starts`) the browser code of a route can need. */
export function keysOfRoute(routeFile: string) {
  const keys = new Set<string>();
  const starts = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    // The names the browser part uses: an import only the server part uses is dropped from the
    // browser build, as Remix drops it.
    const used = new Set<string>();
    const collect = (node: ts.Node) => {
      if (isServerOnly(node) || ts.isImportDeclaration(node)) return;
      if (ts.isIdentifier(node)) used.add(node.text);
      ts.forEachChild(node, collect);
    };
    collect(source);
    const importedNames = (clause: ts.ImportClause | undefined) => {
      if (!clause) return null; // a side-effect import
      const names = clause.name ? [clause.name.text] : [];
      const bindings = clause.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings)) names.push(bindings.name.text);
      if (bindings && ts.isNamedImports(bindings)) names.push(...bindings.elements.filter((e) => !e.isTypeOnly).map((e) => e.name.text));
      return names;
    };
    const walk = (node: ts.Node) => {
      if (isServerOnly(node)) return;
      if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) {
        const typeOnly = ts.isImportDeclaration(node) ? node.importClause?.isTypeOnly : node.isTypeOnly;
        const names = ts.isImportDeclaration(node) ? importedNames(node.importClause) : null;
        const specifier = node.moduleSpecifier;
        if (!typeOnly && (!names || names.some((n) => used.has(n))) && specifier && ts.isStringLiteral(specifier)) {
          const target = resolveImport(file, specifier.text);
          if (target) visit(target);
        }
        return;
      }
      if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && isMessageKey(node.text)) keys.add(node.text);
      const start = ts.isTemplateExpression(node) ? node.head.text : '';
      if (start.includes('.') && allKeys.some((k) => k.startsWith(start))) starts.add(start);
      ts.forEachChild(node, walk);
    };
    walk(source);
  };
  visit(routeFile);
  return { keys, starts };
}

const routesDir = path.join(root, 'app', 'routes');
export const generatedFile = path.join(root, 'app', 'i18n', 'page-messages.generated.ts');

/** Every route's keys (the root's included), in catalogue order; routes that need none left out. */
export function pageMessageKeysFromSources(): Record<string, string[]> {
  const files: [string, string][] = [
    ['root', path.join(root, 'app', 'root.tsx')],
    ...readdirSync(routesDir).map((f): [string, string] => [`routes/${f.replace(/\.tsx?$/, '')}`, path.join(routesDir, f)]),
  ];
  const result: Record<string, string[]> = {};
  for (const [id, file] of files) {
    const { keys, starts } = keysOfRoute(file);
    for (const extra of extraPageMessages[id] ?? []) starts.add(extra);
    const needed = allKeys.filter(
      (k) => (keys.has(k) || [...starts].some((s) => k.startsWith(s))) && (isStaffRoute(id) || !(k in staffOnlyMessages)),
    );
    if (needed.length > 0) result[id] = needed;
  }
  return result;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const text = `// Generated by \`npm run i18n:pages\` (server/cli/page-messages.ts); do not edit. For each route, the
// message keys its browser code can ask for. tests/unit/page-messages.test.ts fails when it is stale.
export const pageMessageKeys: Readonly<Record<string, readonly string[]>> = ${JSON.stringify(pageMessageKeysFromSources())};
`;
  const options = await prettier.resolveConfig(generatedFile);
  writeFileSync(generatedFile, await prettier.format(text, { ...options, filepath: generatedFile }));
  console.log(`wrote ${path.relative(root, generatedFile)}`);
}
