// The document, Mantine provider and the app shell (header with navigation, language and
// light/dark switches) shared by every page; the root loader says who is signed in.
import '@mantine/core/styles.css';
import '#app/styles.css';
import {
  Alert,
  Anchor,
  AppShell,
  Burger,
  Button,
  ColorSchemeScript,
  Container,
  Group,
  MantineProvider,
  Stack,
  Text,
  Title,
  mantineHtmlProps,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import {
  Form,
  Links,
  Meta,
  NavLink,
  Outlet,
  Scripts,
  ScrollRestoration,
  isRouteErrorResponse,
  useLoaderData,
  useLocation,
  useNavigation,
  useRouteError,
  useRouteLoaderData,
} from '@remix-run/react';
import { ColorSchemeToggle } from '#app/components/ColorSchemeToggle.tsx';
import { LanguageSwitch } from '#app/components/LanguageSwitch.tsx';
import { translate, type Locale } from '#app/i18n/i18n.ts';
import { useLocale, useT } from '#app/i18n/use-t.ts';
import { getActor, getLocale } from '#app/adapters/session.server.ts';
import { can } from '#app/services/authorize.ts';
import { theme } from '#app/theme.ts';

export const meta: MetaFunction = () => [{ title: 'Phiên chợ của tình người' }];

export const links: LinksFunction = () => [{ rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await getActor(request, context);
  const locale = await getLocale(request, user);
  return {
    locale,
    user: user ? { id: user.id, fullName: user.fullName, role: user.role } : null,
  };
}

export function Layout({ children }: { children: React.ReactNode }) {
  const data = useRouteLoaderData<typeof loader>('root');
  return (
    <html lang={data?.locale ?? 'vi'} {...mantineHtmlProps}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
        <ColorSchemeScript defaultColorScheme="auto" />
      </head>
      <body>
        <MantineProvider theme={theme} defaultColorScheme="auto">
          {children}
        </MantineProvider>
        <ScrollRestoration />
        <Scripts />
      </body>
    </html>
  );
}

function Shell({ children }: { children: React.ReactNode }) {
  const data = useRouteLoaderData<typeof loader>('root');
  const t = useT();
  const [opened, { toggle, close }] = useDisclosure(false);
  const location = useLocation();
  const navigation = useNavigation();
  const user = data?.user ?? null;
  const links = [
    { to: '/', label: t('nav.home') },
    { to: '/search', label: t('search.nav') },
    ...(user && can(user, 'create:job:own') ? [{ to: '/employer', label: t('posting.nav.employer') }] : []),
    ...(user && can(user, 'verify:organisation:province') ? [{ to: '/verification', label: t('posting.nav.verification') }] : []),
    ...(user && can(user, 'read:returnee:province') ? [{ to: '/caseload', label: t('nav.caseload') }] : []),
    ...(user && can(user, 'read:returnee:own')
      ? [
          { to: '/me', label: t('nav.myProfile') },
          { to: '/me/matches', label: t('nav.myMatches') },
          { to: '/me/referrals', label: t('nav.myReferrals') },
        ]
      : []),
    ...(user && can(user, 'read:user:any')
      ? [
          { to: '/admin/users', label: t('nav.users') },
          { to: '/admin/tokens', label: t('nav.apiTokens') },
        ]
      : []),
  ];
  // A link whose page has another link under it ("/", "/me") is current only on its own page.
  const isParentOfAnother = (to: string) => to === '/' || links.some((other) => other.to.startsWith(`${to}/`));
  const nav = links.map((link) => (
    <Anchor
      key={link.to}
      component={NavLink}
      to={link.to}
      end={isParentOfAnother(link.to)}
      onClick={close}
      fw={500}
      style={{ whiteSpace: 'nowrap' }}
    >
      {link.label}
    </Anchor>
  ));
  const account = user ? (
    <Form method="post" action="/logout">
      <Button type="submit" variant="light" size="sm">
        {t('nav.signOut')}
      </Button>
    </Form>
  ) : (
    <Button component={NavLink} to={`/login?redirectTo=${encodeURIComponent(location.pathname)}`} size="sm">
      {t('nav.signIn')}
    </Button>
  );

  return (
    <AppShell header={{ height: 64 }} navbar={{ width: 260, breakpoint: 'md', collapsed: { desktop: true, mobile: !opened } }} padding="md">
      <a href="#main" className="skip-link">
        {t('app.skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="md" size="sm" aria-label={t('nav.menu')} />
            <Anchor component={NavLink} to="/" underline="never" c="inherit">
              <Text fw={700} size="lg" lineClamp={1}>
                Phiên chợ của tình người
              </Text>
            </Anchor>
            <Group gap="md" visibleFrom="md" wrap="nowrap" component="nav" aria-label={t('nav.home')}>
              {nav}
            </Group>
          </Group>
          <Group gap="xs" wrap="nowrap">
            {user ? (
              <Text size="sm" visibleFrom="lg" c="dimmed">
                {user.fullName} · {t(`role.${user.role}`)}
              </Text>
            ) : null}
            <LanguageSwitch />
            <ColorSchemeToggle />
            <Group visibleFrom="xs">{account}</Group>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="md">
        <Stack component="nav" aria-label={t('nav.home')}>
          {nav}
          {account}
        </Stack>
      </AppShell.Navbar>
      <AppShell.Main id="main" aria-busy={navigation.state === 'loading'}>
        <Container size="lg" px={0}>
          {children}
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}

export default function App() {
  useLoaderData<typeof loader>();
  return (
    <Shell>
      <Outlet />
    </Shell>
  );
}

export function ErrorBoundary() {
  const error = useRouteError();
  const locale: Locale = useLocale();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const apiMessage =
    isRouteErrorResponse(error) && typeof error.data === 'object' && error.data?.error?.message ? String(error.data.error.message) : null;
  const message =
    status === 404
      ? translate(locale, 'error.notFound')
      : status === 403
        ? (apiMessage ?? translate(locale, 'auth.forbidden'))
        : status < 500 && apiMessage
          ? apiMessage
          : translate(locale, 'error.server');
  return (
    <Shell>
      <Stack maw={560} mt="xl">
        <Title order={1}>{status}</Title>
        <Alert color={status >= 500 ? 'red' : 'yellow'} role="alert">
          {message}
        </Alert>
        <Anchor href="/">{translate(locale, 'error.backHome')}</Anchor>
      </Stack>
    </Shell>
  );
}
