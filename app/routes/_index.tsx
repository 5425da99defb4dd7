// The home page: a public introduction, or the signed-in person's home for the work they do. Figures
// link to the page that lists what they count (search, employer postings, verification).
import { Alert, Anchor, Badge, Button, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { LoaderFunctionArgs } from '@remix-run/node';
import { Link, useLoaderData, useRouteLoaderData } from '@remix-run/react';
import { StatCard } from '#app/components/StatCard.tsx';
import { formatDay, formatNumber } from '#lib/format.ts';

import { useLocale, useT } from '#app/i18n/use-t.ts';
import { getActor } from '#app/adapters/session.server.ts';
import { homeFor, publicHome } from '#app/services/home/queries.server.ts';
import { JobCentreContact } from '#app/components/caseload/JobCentreContact.tsx';
import { can, type Actor } from '#app/services/authorize.ts';
import { ownJobCentreContact } from '#app/services/caseload/contact.server.ts';

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await getActor(request, context);
  const { db } = context.services;
  if (!user) return { kind: 'public' as const, ...(await publicHome(db)) };
  const [home, contact] = await Promise.all([homeFor(db, user), can(user, 'read:returnee:own') ? ownJobCentreContact(db, user) : null]);
  return { kind: 'user' as const, fullName: user.fullName, home, contact };
}

type Data = ReturnType<typeof useLoaderData<typeof loader>>;
type Home = Extract<Data, { kind: 'user' }>['home'];

/** A figure that opens the list behind it. */
function LinkedStat({ to, label, value }: { to: string; label: string; value: string }) {
  return (
    <Anchor component={Link} to={to} underline="never" c="inherit" display="block">
      <StatCard label={label} value={value} />
    </Anchor>
  );
}

type EmployerHomeData = Extract<Home, { view: 'employer' }>;

/** An organisation's people waiting: applications and referrals for its answer, suggested candidates; each job links to its lists. */
function EmployerPeople({ organisation }: { organisation: EmployerHomeData['organisations'][number] }) {
  const t = useT();
  const locale = useLocale();
  const n = (value: number) => formatNumber(locale, value);
  return (
    <>
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <LinkedStat to="/employer" label={t('home.employer.waiting')} value={n(organisation.waiting)} />
        <LinkedStat to="/employer" label={t('home.employer.candidates')} value={n(organisation.candidates)} />
      </SimpleGrid>
      {organisation.jobs.length ? (
        <List size="sm" spacing={4} aria-label={t('home.employer.byJob')}>
          {organisation.jobs.map((job) => (
            <List.Item key={job.id}>
              <Text span size="sm" fw={500}>
                {job.title}
              </Text>{' '}
              —{' '}
              <Anchor component={Link} to={`/employer/jobs/${job.id}/pipeline`} size="sm">
                {t('home.employer.jobWaiting', { count: n(job.waiting) })}
              </Anchor>
              {' · '}
              <Anchor component={Link} to={`/employer/jobs/${job.id}/candidates`} size="sm">
                {t('home.employer.jobCandidates', { count: n(job.candidates) })}
              </Anchor>
            </List.Item>
          ))}
        </List>
      ) : null}
    </>
  );
}

/** The search, narrowed to a province when there is one. */
const searchIn = (provinceCode: string | null) => (provinceCode ? `/search?${new URLSearchParams({ province: provinceCode })}` : '/search');

function PublicHome({ data }: { data: Extract<Data, { kind: 'public' }> }) {
  const t = useT();
  const locale = useLocale();
  return (
    <Stack gap="lg">
      <Title order={1}>{t('home.public.title')}</Title>
      <Text size="lg">{t('app.tagline')}</Text>
      <Text>{t('home.public.body')}</Text>
      <SimpleGrid cols={{ base: 1, xs: 3 }}>
        <LinkedStat to="/search" label={t('home.public.openJobs')} value={formatNumber(locale, data.openJobs)} />
        <LinkedStat to="/search?kind=training" label={t('home.public.openTraining')} value={formatNumber(locale, data.openTraining)} />
        <StatCard label={t('home.public.employers')} value={formatNumber(locale, data.verifiedEmployers)} />
      </SimpleGrid>
      <Group>
        <Button component={Link} to="/search">
          {t('search.home.findJobs')}
        </Button>
        <Button component={Link} to="/search?kind=training" variant="light">
          {t('search.home.findTraining')}
        </Button>
        <Button component={Link} to="/login" variant="default">
          {t('nav.signIn')}
        </Button>
      </Group>
    </Stack>
  );
}

type Due = Extract<Home, { view: 'counsellor' }>['dueFollowUps'];

/** The counsellor's follow-ups that have come (their province only), oldest first, each opening the person's pipeline. */
function DueFollowUps({ due }: { due: Due }) {
  const t = useT();
  const locale = useLocale();
  return (
    <Stack gap="xs" component="section" aria-labelledby="due-follow-ups">
      <Group gap="xs">
        <Title order={2} size="h4" id="due-follow-ups">
          {t('pipeline.home.dueTitle')}
        </Title>
        {due.total ? <Badge color="orange">{formatNumber(locale, due.total)}</Badge> : null}
      </Group>
      {due.items.length === 0 ? (
        <Text c="dimmed">{t('pipeline.home.dueNone')}</Text>
      ) : (
        <List spacing={4}>
          {due.items.map((d) => (
            <List.Item key={`${d.placementId}:${d.month}`}>
              <Anchor component={Link} to={`/caseload/${d.returneeId}/pipeline`} fw={600}>
                {d.fullName}
              </Anchor>{' '}
              — {t('pipeline.home.dueItem', { job: d.jobTitle, employer: d.employer, month: d.month, date: formatDay(locale, d.dueDate) })}
            </List.Item>
          ))}
        </List>
      )}
      {due.total > due.items.length ? (
        <Text size="sm">{t('pipeline.home.dueMore', { count: formatNumber(locale, due.total - due.items.length) })}</Text>
      ) : null}
    </Stack>
  );
}

type Waiting = Extract<Home, { view: 'counsellor' }>['waitingReferrals'];

/** Applications and employers' introduction requests waiting for the counsellor to refer, oldest first. */
function WaitingReferrals({ waiting }: { waiting: Waiting }) {
  const t = useT();
  const locale = useLocale();
  if (waiting.total === 0) return null;
  return (
    <Stack gap="xs" component="section" aria-labelledby="waiting-referrals">
      <Group gap="xs">
        <Title order={2} size="h4" id="waiting-referrals">
          {t('pipeline.home.waitingTitle')}
        </Title>
        <Badge color="blue">{formatNumber(locale, waiting.total)}</Badge>
      </Group>
      <List spacing={4}>
        {waiting.items.map((w) => (
          <List.Item key={w.id}>
            <Anchor component={Link} to={`/caseload/${w.returneeId}/pipeline#referral-${w.id}`} fw={600}>
              {w.fullName}
            </Anchor>{' '}
            — {t(`pipeline.home.waiting.${w.status}`, { job: w.jobTitle, employer: w.employer })}
          </List.Item>
        ))}
      </List>
      {waiting.total > waiting.items.length ? (
        <Text size="sm">{t('pipeline.home.dueMore', { count: formatNumber(locale, waiting.total - waiting.items.length) })}</Text>
      ) : null}
    </Stack>
  );
}

/** The way to the job fairs for those who take part: a person's tickets, an organisation's invitations and desks. */
function FairsButton() {
  const t = useT();
  const user = useRouteLoaderData<{ user: Pick<Actor, 'role'> | null }>('root')?.user;
  if (user && can(user, 'join:queue:own'))
    return (
      <Button component={Link} to="/me/fairs" variant="light">
        {t('fairPeople.nav.me')}
      </Button>
    );
  if (user && can(user, 'update:booth:own'))
    return (
      <Button component={Link} to="/employer/fairs" variant="light">
        {t('fairPeople.employer.home')}
      </Button>
    );
  return null;
}

function RoleHome({ home }: { home: Home }) {
  const t = useT();
  const locale = useLocale();
  const n = (value: number) => formatNumber(locale, value);
  switch (home.view) {
    case 'administrator':
      return (
        <Stack>
          <Title order={1}>{t('home.administrator.title')}</Title>
          <Title order={2} size="h4">
            {t('home.administrator.accounts')}
          </Title>
          <SimpleGrid cols={{ base: 2, sm: 5 }}>
            {home.byRole.map((r) => (
              <StatCard key={r.role} label={t(`role.${r.role}`)} value={n(r.total)} />
            ))}
          </SimpleGrid>
          <Group>
            <Button component={Link} to="/admin/users">
              {t('home.administrator.manageUsers')}
            </Button>
            <Button component={Link} to="/admin/tokens" variant="light">
              {t('home.administrator.manageTokens')}
            </Button>
          </Group>
        </Stack>
      );
    case 'counsellor':
      return (
        <Stack>
          <Title order={1}>{t('home.counsellor.title')}</Title>
          {home.province ? (
            <Text>{t('home.counsellor.province', { province: home.province })}</Text>
          ) : (
            <Alert color="yellow">{t('home.counsellor.noProvince')}</Alert>
          )}
          <SimpleGrid cols={{ base: 1, xs: 3 }}>
            <StatCard label={t('home.counsellor.caseload')} value={n(home.caseload)} />
            <LinkedStat to="/verification" label={t('home.counsellor.pendingOrgs')} value={n(home.pendingOrganisations)} />
            <LinkedStat to={searchIn(home.provinceCode)} label={t('home.counsellor.openJobs')} value={n(home.openJobs)} />
          </SimpleGrid>
          <WaitingReferrals waiting={home.waitingReferrals} />
          <DueFollowUps due={home.dueFollowUps} />
          <Group>
            <Button component={Link} to="/verification">
              {t('posting.nav.verification')}
            </Button>
            <Button component={Link} to={searchIn(home.provinceCode)} variant="light">
              {t('search.home.findJobs')}
            </Button>
          </Group>
        </Stack>
      );
    case 'employer':
      return (
        <Stack>
          <Title order={1}>{t('home.employer.title')}</Title>
          {home.organisations.length === 0 ? <Alert color="yellow">{t('home.employer.noOrganisation')}</Alert> : null}
          {home.organisations.map((o) => (
            <Stack key={o.id} gap="xs" component="section" aria-labelledby={`organisation-${o.id}`}>
              <Group>
                <Text fw={600} size="lg" id={`organisation-${o.id}`}>
                  {o.name}
                </Text>
                <Badge color={o.verificationStatus === 'verified' ? 'teal' : o.verificationStatus === 'pending' ? 'yellow' : 'red'}>
                  {t(`home.employer.${o.verificationStatus}`)}
                </Badge>
              </Group>
              <EmployerPeople organisation={o} />
            </Stack>
          ))}
          <SimpleGrid cols={{ base: 1, xs: 3 }}>
            <LinkedStat to="/employer" label={t('home.employer.jobs')} value={n(home.totalJobs)} />
            <LinkedStat to="/employer" label={`${t('home.employer.jobs')} ${t('home.employer.openJobs')}`} value={n(home.openJobs)} />
            <LinkedStat to="/employer" label={t('home.employer.training')} value={n(home.trainingCount)} />
          </SimpleGrid>
          <Group>
            <Button component={Link} to="/employer">
              {t('posting.home.manage')}
            </Button>
            <FairsButton />
          </Group>
        </Stack>
      );
    case 'returnee':
      return (
        <Stack>
          <Title order={1}>{t('home.returnee.title')}</Title>
          {home.profile ? (
            <>
              <Text>{t('home.returnee.area', { place: home.profile.place })}</Text>
              <Title order={2} size="h4">
                {t('home.returnee.skills')}
              </Title>
              {home.skills.length ? (
                <List>
                  {home.skills.map((s) => (
                    <List.Item key={s.nameVi}>
                      {locale === 'vi' ? s.nameVi : s.nameEn} — {t(`skillLevel.${s.level}`)}
                    </List.Item>
                  ))}
                </List>
              ) : (
                <Text c="dimmed">{t('home.returnee.noSkills')}</Text>
              )}
              <Group>
                <Button component={Link} to="/me/matches">
                  {t('journey.home.matches')}
                </Button>
                <Button component={Link} to="/me/referrals" variant="light">
                  {t('journey.home.seeApplications')}
                </Button>
                <FairsButton />
              </Group>
              <SimpleGrid cols={{ base: 1, xs: 3 }}>
                <LinkedStat to="/me/referrals" label={t('journey.home.applications')} value={n(home.applications)} />
                <LinkedStat to="/me/referrals#my-training" label={t('journey.home.courses')} value={n(home.courses)} />
                <LinkedStat to={searchIn(home.provinceCode)} label={t('home.returnee.openJobs')} value={n(home.openJobs)} />
              </SimpleGrid>
            </>
          ) : (
            <Alert color="yellow">{t('home.returnee.noProfile')}</Alert>
          )}
        </Stack>
      );
    case 'organiser':
      return (
        <Stack>
          <Title order={1}>{t('home.organiser.title')}</Title>
          {home.province ? <Text>{t('home.organiser.province', { province: home.province })}</Text> : null}
          {home.fairs === 0 ? (
            <Alert color="blue">
              {t('home.organiser.noFairs')}{' '}
              <Anchor component={Link} to="/fairs/new">
                {t('fairOrg.new.title')}
              </Anchor>
            </Alert>
          ) : null}
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <LinkedStat to="/fairs" label={t('fairOrg.list.title')} value={n(home.fairs)} />
            <StatCard label={t('home.organiser.employers')} value={n(home.verifiedEmployers)} />
          </SimpleGrid>
        </Stack>
      );
  }
}

export default function Index() {
  const data = useLoaderData<typeof loader>();
  const t = useT();
  if (data.kind === 'public') return <PublicHome data={data} />;
  return (
    <Stack>
      <Text c="dimmed">{t('home.welcome', { name: data.fullName })}</Text>
      <RoleHome home={data.home} />
      <JobCentreContact contact={data.contact} />
    </Stack>
  );
}
