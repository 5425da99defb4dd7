// The frame of every page: a skip link, the header (product name, navigation by what the reader may
// do, language, light/dark, sign in or out) and the page itself. On a phone the navigation folds into
// a <details> menu, which opens and closes without JavaScript; with it, Esc and a followed link close it.
// A page whose route says `handle = { bare: true }` (a fair's public board, projected at the venue)
// gets the page alone, without the header.
// The frame is on every page, so it is drawn in plain elements with Mantine's look (Shell.module.css):
// Mantine's components would put their shared code on pages that use none of them.
import { Form, NavLink, useLocation, useMatches, useNavigation, useRouteLoaderData } from '@remix-run/react';
import { useEffect, useRef } from 'react';
import { ColorSchemeToggle } from '#app/components/ColorSchemeToggle.tsx';
import { LanguageSwitch } from '#app/components/LanguageSwitch.tsx';
import { useT } from '#app/i18n/use-t.ts';
import { can, type Actor } from '#app/services/authorize.ts';
import classes from './Shell.module.css';

type ShellUser = Pick<Actor, 'id' | 'role'> & { fullName: string };

export function Shell({ children }: { children: React.ReactNode }) {
  const data = useRouteLoaderData<{ user: ShellUser | null }>('root');
  const t = useT();
  const location = useLocation();
  const navigation = useNavigation();
  const menu = useRef<HTMLDetailsElement>(null);
  const user = data?.user ?? null;
  const bare = useMatches().some((match) => (match.handle as { bare?: boolean } | undefined)?.bare === true);

  useEffect(() => {
    if (menu.current) menu.current.open = false;
  }, [location.key]);
  // Esc closes the open menu and returns to its button.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || !menu.current?.open) return;
      menu.current.open = false;
      menu.current.querySelector('summary')?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const links = [
    { to: '/', label: t('nav.home') },
    { to: '/search', label: t('search.nav') },
    ...(user && can(user, 'create:job:own') ? [{ to: '/employer', label: t('posting.nav.employer') }] : []),
    ...(user && can(user, 'verify:organisation:province') ? [{ to: '/verification', label: t('posting.nav.verification') }] : []),
    ...(user && can(user, 'read:returnee:province') ? [{ to: '/caseload', label: t('nav.caseload') }] : []),
    ...(user && can(user, 'update:fair:province') ? [{ to: '/fairs', label: t('fairOrg.nav') }] : []),
    ...(user && can(user, 'read:indicator') ? [{ to: '/indicators', label: t('indicators.nav') }] : []),
    ...(user && can(user, 'read:returnee:own')
      ? [
          { to: '/me', label: t('nav.myProfile') },
          { to: '/me/matches', label: t('nav.myMatches') },
          { to: '/me/referrals', label: t('nav.myReferrals') },
        ]
      : []),
    ...(user && can(user, 'join:queue:own') ? [{ to: '/me/fairs', label: t('fairPeople.nav.me') }] : []),
    ...(user && can(user, 'read:user:any')
      ? [
          { to: '/admin/users', label: t('nav.users') },
          { to: '/admin/tokens', label: t('nav.apiTokens') },
        ]
      : []),
    ...(user && can(user, 'create:plan') ? [{ to: '/admin/plans', label: t('plans.nav') }] : []),
  ];
  // A link whose page has another link under it ("/", "/me") is current only on its own page.
  const isParentOfAnother = (to: string) => to === '/' || links.some((other) => other.to.startsWith(`${to}/`));
  const nav = links.map((link) => (
    <NavLink key={link.to} to={link.to} end={isParentOfAnother(link.to)} className={classes.navLink}>
      {link.label}
    </NavLink>
  ));
  const account = user ? (
    <Form method="post" action="/logout">
      <button type="submit" className={`${classes.button} ${classes.light}`}>
        {t('nav.signOut')}
      </button>
    </Form>
  ) : (
    <NavLink to={`/login?redirectTo=${encodeURIComponent(location.pathname)}`} className={`${classes.button} ${classes.filled}`}>
      {t('nav.signIn')}
    </NavLink>
  );

  if (bare) {
    return (
      <main id="main" aria-busy={navigation.state === 'loading'}>
        {children}
      </main>
    );
  }
  return (
    <>
      <a href="#main" className="skip-link">
        {t('app.skipToContent')}
      </a>
      <header className={classes.header}>
        <div className={classes.bar}>
          <NavLink to="/" className={classes.brand}>
            Phiên chợ của tình người
          </NavLink>
          <nav className={`${classes.wideNav} ${classes.links}`} aria-label={t('nav.main')}>
            {nav}
          </nav>
          <div className={classes.tools}>
            {user ? (
              <p className={`${classes.userName} ${classes.wideOnly}`}>
                {user.fullName} · {t(`role.${user.role}`)}
              </p>
            ) : null}
            <LanguageSwitch />
            <ColorSchemeToggle />
            <div className={classes.wideOnly}>{account}</div>
            <details ref={menu} className={classes.menu}>
              <summary>
                <span aria-hidden="true">☰</span> {t('nav.menu')}
              </summary>
              <nav className={`${classes.menuPanel} ${classes.links}`} aria-label={t('nav.main')}>
                {nav}
                {account}
              </nav>
            </details>
          </div>
        </div>
      </header>
      <main id="main" className={classes.main} aria-busy={navigation.state === 'loading'}>
        <div className={classes.container}>{children}</div>
      </main>
    </>
  );
}
