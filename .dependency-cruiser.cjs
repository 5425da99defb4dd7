// The direction of imports (see README, "Where the code lives"), checked by `npm run lint`:
//   routes, realtime → adapters → services → db, search → lib
// lib imports nothing of the project; db and search import nothing from app/; services import
// nothing from adapters, components, routes or React; nothing imports the server plumbing but the
// server itself, tests and benchmarks; and no import circles anywhere.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'An import circle: two modules that need each other belong together, or one of them needs splitting.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'lib-is-the-bottom',
      severity: 'error',
      comment: 'lib/ holds pure helpers every layer may use; it imports nothing of the project.',
      from: { path: '^lib/' },
      to: { path: '^(app|db|search|realtime|server|tests|bench)/' },
    },
    {
      name: 'db-imports-no-upper-layer',
      severity: 'error',
      comment: 'db/ (schema, client, migrations, the posting query) is below everything but lib/.',
      from: { path: '^db/' },
      to: { path: '^(app|search|realtime|server|tests|bench)/' },
    },
    {
      name: 'search-imports-no-upper-layer',
      severity: 'error',
      comment: 'search/ (Meilisearch, the outbox, the fallback) uses db/ and lib/ only.',
      from: { path: '^search/' },
      to: { path: '^(app|realtime|server|tests|bench)/' },
    },
    {
      name: 'services-are-below-adapters',
      severity: 'error',
      comment: 'Services (the domain) know nothing of HTTP, pages, sockets or the server that runs them.',
      from: { path: '^app/services/' },
      to: { path: '^(app/(adapters|components|routes|root\\.tsx)|realtime|server)/?' },
    },
    {
      name: 'services-without-react',
      severity: 'error',
      from: { path: '^app/services/' },
      to: { path: 'node_modules/(react|react-dom|@remix-run/react|@mantine)/' },
    },
    {
      name: 'adapters-are-below-pages',
      severity: 'error',
      comment: 'Adapters (forms, the API, sessions) serve routes and sockets; they import no page or component.',
      from: { path: '^app/adapters/' },
      to: { path: '^(app/(components|routes|root\\.tsx)|realtime|server)/?' },
    },
    {
      name: 'components-are-not-routes',
      severity: 'error',
      comment: 'Components are parts of pages: no route, and no server-only module (they run in the browser); a type is fine.',
      from: { path: '^app/components/' },
      to: { path: '^app/routes/|\\.server\\.tsx?$', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'i18n-is-low',
      severity: 'error',
      comment: 'The interface text is below every part of the app.',
      from: { path: '^app/i18n/' },
      to: { path: '^(app/(adapters|components|routes|services)|realtime|server|db|search)/' },
    },
    {
      name: 'realtime-is-an-adapter',
      severity: 'error',
      from: { path: '^realtime/' },
      to: { path: '^(app/(components|routes)|server)/' },
    },
    {
      name: 'nothing-imports-the-server',
      severity: 'error',
      comment: 'server/ starts everything; only tests and benchmarks may use its helpers.',
      from: { path: '^(app|db|search|realtime|lib)/' },
      to: { path: '^server/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(build|\\.data|\\.cache)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.cjs', '.mjs', '.json'],
    },
    moduleSystems: ['es6', 'cjs'],
  },
};
