// The document, the Mantine provider and the frame of every page (components/shell); the root loader
// says who is signed in, in which language, and sends the page's messages.
import '#app/styles/base.css';
import '#app/styles/app.css';
import { ColorSchemeScript, MantineProvider, mantineHtmlProps } from '@mantine/core';
import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import type { ShouldRevalidateFunction } from '@remix-run/react';
import {
  Link,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  isRouteErrorResponse,
  useLoaderData,
  useRouteError,
  useRouteLoaderData,
} from '@remix-run/react';
import { Shell } from '#app/components/shell/Shell.tsx';
import shell from '#app/components/shell/Shell.module.css';
import { addMessages } from '#app/i18n/catalogue.ts';
import { translate, type Locale } from '#app/i18n/i18n.ts';
import { messagesForPage } from '#app/i18n/page-messages.server.ts';
import { useLocale } from '#app/i18n/use-t.ts';
import { getActor, getLocale } from '#app/adapters/session.server.ts';
import { theme, themeVariablesCss } from '#app/theme.ts';

export const meta: MetaFunction = () => [{ title: 'Phiên chợ của tình người' }];

export const links: LinksFunction = () => [{ rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await getActor(request, context);
  const locale = await getLocale(request, user);
  const routeIds = (await context.pageRouteIds?.(new URL(request.url).pathname)) ?? null;
  return {
    locale,
    user: user ? { id: user.id, fullName: user.fullName, role: user.role } : null,
    // Only what this page's browser code can ask for, in the reader's language.
    messages: messagesForPage(locale, routeIds),
  };
}

// Each page brings its own messages, so the root loader runs again whenever the page changes.
export const shouldRevalidate: ShouldRevalidateFunction = ({ currentUrl, nextUrl, defaultShouldRevalidate }) =>
  currentUrl.pathname !== nextUrl.pathname || defaultShouldRevalidate;

export function Layout({ children }: { children: React.ReactNode }) {
  const data = useRouteLoaderData<typeof loader>('root');
  // Before anything below renders: `translate` in the browser finds this page's messages.
  if (data) addMessages(data.locale, data.messages);
  return (
    <html lang={data?.locale ?? 'vi'} {...mantineHtmlProps}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
        <ColorSchemeScript defaultColorScheme="auto" />
        <style data-mantine-styles="true" dangerouslySetInnerHTML={{ __html: themeVariablesCss }} />
      </head>
      <body>
        <MantineProvider theme={theme} defaultColorScheme="auto" withCssVariables={false}>
          {children}
        </MantineProvider>
        <ScrollRestoration />
        <Scripts />
      </body>
    </html>
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
      <div className={shell.errorPage}>
        <h1>{translate(locale, status === 404 ? 'error.notFoundTitle' : 'error.title')}</h1>
        <p className={`${shell.message} ${status >= 500 ? shell.failure : shell.warning}`} role="alert">
          {message}
        </p>
        {status === 404 ? <p>{translate(locale, 'error.notFoundHint')}</p> : null}
        <p className={shell.errorLinks}>
          <Link to="/search" className={shell.navLink}>
            {translate(locale, 'error.searchJobs')}
          </Link>
          <Link to="/" className={shell.navLink}>
            {translate(locale, 'error.backHome')}
          </Link>
        </p>
      </div>
    </Shell>
  );
}
