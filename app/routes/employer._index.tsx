// /employer: the employer's own page — their organisation's verification status (and the reason
// when refused), how many people wait for their answer and how many candidates are suggested, and
// their jobs and training slots with status, closing dates, edit links and each job's people.
import '#app/styles/data.css';
import { Alert, Anchor, Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import type { ReactNode } from 'react';
import { Link, useLoaderData } from '@remix-run/react';
import { ScrollTable } from '#app/components/ScrollTable.tsx';
import { Pager } from '#app/components/Pager.tsx';
import { JobStatusBadge, TrainingStatusBadge, VerificationBadge } from '#app/components/postings/FormParts.tsx';
import { formatDay, formatNumber } from '#lib/format.ts';
import { titleMeta } from '#app/components/postings/meta.ts';

import { useLocale, useT } from '#app/i18n/use-t.ts';
import { requireUserWithPermission } from '#app/adapters/session.server.ts';
import { listOwnPostings } from '#app/services/catalogue/queries.server.ts';
import { peopleWaiting } from '#app/services/home/queries.server.ts';
import { organisationOf } from '#app/services/organisations/queries.server.ts';
import { provinceName } from '#app/services/reference/queries.server.ts';

export const meta: MetaFunction = ({ matches }) => titleMeta(matches, 'home.employer.title');

export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = await requireUserWithPermission(request, context, 'read:organisation');
  const { db } = context.services;
  const url = new URL(request.url);
  const page = Math.min(500, Math.max(1, Number.parseInt(url.searchParams.get('page') ?? '1', 10) || 1));
  const organisation = await organisationOf(db, actor);
  if (!organisation) return { organisation: null, registered: false, provinceName: null, postings: null, pages: 1, people: null };
  const [postings, province, people] = await Promise.all([
    listOwnPostings(db, organisation.id, { page }),
    provinceName(db, organisation.provinceCode),
    peopleWaiting(db, [organisation.id]),
  ]);
  const pages = Math.max(1, Math.ceil(Math.max(postings.jobTotal, postings.trainingTotal) / postings.perPage));
  return {
    organisation: {
      name: organisation.name,
      kind: organisation.kind,
      verificationStatus: organisation.verificationStatus,
      refusalReason: organisation.refusalReason,
    },
    registered: url.searchParams.get('registered') === '1',
    provinceName: province ?? organisation.provinceCode,
    postings,
    pages,
    people: {
      waiting: people.reduce((sum, j) => sum + j.waiting, 0),
      candidates: people.reduce((sum, j) => sum + j.candidates, 0),
      byJob: Object.fromEntries(people.map((j) => [j.id, { waiting: j.waiting, candidates: j.candidates }])),
    },
  };
}

export default function EmployerHome() {
  const { organisation, registered, provinceName, postings, pages, people } = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  if (!organisation || !postings || !people) {
    return (
      <Stack>
        <Title order={1}>{t('home.employer.title')}</Title>
        <Alert color="yellow">{t('organisation.none')}</Alert>
      </Stack>
    );
  }
  const day = (date: string | null) => (date ? formatDay(locale, date) : '—');
  return (
    <Stack gap="lg">
      <Title order={1}>{t('home.employer.title')}</Title>
      {registered && organisation.verificationStatus === 'pending' ? (
        <Alert color="teal" role="status" title={t('employer.registered.title')}>
          {t('employer.registered.body', { province: provinceName ?? '' })}
        </Alert>
      ) : null}

      <Paper withBorder p="md">
        <Stack gap="xs">
          <Group justify="space-between" wrap="wrap">
            <Group gap="sm">
              <Title order={2} size="h3">
                {organisation.name}
              </Title>
              <VerificationBadge status={organisation.verificationStatus} />
            </Group>
            <Button component={Link} to="/employer/organisation" variant="default" size="sm">
              {t('employer.editOrganisation')}
            </Button>
          </Group>
          {organisation.verificationStatus === 'pending' ? (
            <Text>{t('employer.pendingExplained', { province: provinceName ?? '' })}</Text>
          ) : null}
          {organisation.verificationStatus === 'refused' ? (
            <Alert color="red" title={t('employer.refusedTitle')}>
              <Stack gap="xs">
                <Text>{organisation.refusalReason ?? ''}</Text>
                <Anchor component={Link} to="/employer/organisation">
                  {t('employer.fixAndResubmit')}
                </Anchor>
              </Stack>
            </Alert>
          ) : null}
        </Stack>
      </Paper>

      <Group gap="lg">
        {(
          [
            [people.waiting, t('home.employer.waiting')],
            [people.candidates, t('home.employer.candidates')],
          ] as const
        ).map(([count, label]) => (
          <Text key={label}>
            <Text span fw={700}>
              {formatNumber(locale, count)}
            </Text>{' '}
            {label}
          </Text>
        ))}
      </Group>

      <Group>
        <Button component={Link} to="/employer/jobs/new">
          {t('employer.newJob')}
        </Button>
        <Button component={Link} to="/employer/training/new" variant="light">
          {t('employer.newTraining')}
        </Button>
      </Group>

      <PostingTable
        title={t('employer.jobsTitle', { count: formatNumber(locale, postings.jobTotal) })}
        empty={postings.jobTotal === 0 ? t('employer.noJobs') : t('employer.noMoreOnPage')}
        dateHeader={t('job.closingDate')}
        amountHeader={t('job.openings')}
        rows={postings.jobs.map((job) => ({
          id: job.id,
          title: job.title,
          href: `/employer/jobs/${job.id}`,
          status: <JobStatusBadge status={job.status} />,
          date: day(job.closingDate),
          amount: formatNumber(locale, job.openings),
          people: <JobPeople job={job} counts={people.byJob[job.id]} />,
        }))}
      />
      <PostingTable
        title={t('employer.trainingTitle', { count: formatNumber(locale, postings.trainingTotal) })}
        empty={postings.trainingTotal === 0 ? t('employer.noTraining') : t('employer.noMoreOnPage')}
        dateHeader={t('training.enrolmentDeadline')}
        amountHeader={t('employer.col.seatsLeft')}
        rows={postings.training.map((slot) => ({
          id: slot.id,
          title: slot.title,
          href: `/employer/training/${slot.id}`,
          status: <TrainingStatusBadge status={slot.status} />,
          date: day(slot.enrolmentDeadline),
          amount: (
            <Badge variant="light" color="gray">
              {formatNumber(locale, slot.seatsLeft)}
            </Badge>
          ),
        }))}
      />
      <Pager page={postings.page} pages={pages} />
    </Stack>
  );
}

/** A job's board and candidates links, each followed by how many people it holds. */
function JobPeople({
  job,
  counts,
}: {
  job: { id: string; title: string; status: string };
  counts?: { waiting: number; candidates: number };
}) {
  const t = useT();
  const locale = useLocale();
  return (
    <Group gap="xs" wrap="nowrap">
      <Text span size="sm">
        <Anchor component={Link} to={`/employer/jobs/${job.id}/pipeline`} aria-label={`${t('pipeline.board.link')}: ${job.title}`}>
          {t('pipeline.board.link')}
        </Anchor>{' '}
        ({t('home.employer.jobWaiting', { count: formatNumber(locale, counts?.waiting ?? 0) })})
      </Text>
      {job.status === 'open' ? (
        <Text span size="sm">
          <Anchor component={Link} to={`/employer/jobs/${job.id}/candidates`} aria-label={`${t('employer.suggested')}: ${job.title}`}>
            {t('employer.suggested')}
          </Anchor>{' '}
          ({formatNumber(locale, counts?.candidates ?? 0)})
        </Text>
      ) : null}
    </Group>
  );
}

type PostingRow = { id: string; title: string; href: string; status: ReactNode; date: ReactNode; amount: ReactNode; people?: ReactNode };

/** One list of the organisation's postings (jobs or training): title, status, a date and a number. */
function PostingTable(props: { title: string; empty: string; dateHeader: string; amountHeader: string; rows: PostingRow[] }) {
  const t = useT();
  return (
    <Stack gap="xs">
      <Title order={2} size="h3">
        {props.title}
      </Title>
      {props.rows.length === 0 ? (
        <Text c="dimmed">{props.empty}</Text>
      ) : (
        <ScrollTable label={props.title} minWidth={520}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('employer.col.title')}</Table.Th>
                <Table.Th>{t('employer.col.status')}</Table.Th>
                <Table.Th>{props.dateHeader}</Table.Th>
                <Table.Th>{props.amountHeader}</Table.Th>
                {props.rows.some((row) => row.people) ? <Table.Th>{t('employer.col.people')}</Table.Th> : null}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {props.rows.map((row) => (
                <Table.Tr key={row.id}>
                  <Table.Td>
                    <Anchor component={Link} to={row.href} aria-label={t('employer.editNamed', { title: row.title })}>
                      {row.title}
                    </Anchor>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{row.status}</Table.Td>
                  <Table.Td>{row.date}</Table.Td>
                  <Table.Td>{row.amount}</Table.Td>
                  {row.people ? <Table.Td>{row.people}</Table.Td> : null}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
    </Stack>
  );
}
