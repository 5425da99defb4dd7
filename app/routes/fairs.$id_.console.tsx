// /fairs/:id/console: the organiser's live console of a fair — checked in, interviews, offers and
// hires; per booth the people waiting, the numbers at its desks, the wait a newcomer would have and
// the staff named; and the empty-booth alert, at the top where nobody can miss it. It follows the
// fair live over the socket (useFairLive) once the page has loaded.
import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { throwAsPage } from '#app/adapters/form.server.ts';
import { fairHeader, requireOrganisersFair } from '#app/adapters/pages/fairs.server.ts';
import { LiveStatus } from '#app/components/fairs/live/LiveStatus.tsx';
import { useFairLive } from '#app/components/fairs/live/use-fair-live.ts';
import { ConsoleBoard } from '#app/components/fairs/organiser/ConsoleBoard.tsx';
import { FairLinks, FairStatusBadge } from '#app/components/fairs/organiser/FairParts.tsx';
import { titleMeta } from '#app/components/postings/meta.ts';
import { useT } from '#app/i18n/use-t.ts';
import { consoleView } from '#app/services/fairs/queries.server.ts';

export const meta: MetaFunction = ({ matches }) => titleMeta(matches, 'fairOrg.link.console');

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { actor, fair } = await requireOrganisersFair(request, context, params);
  const view = await consoleView(context.services.db, actor, fair.id).catch((error: unknown) => throwAsPage(error, actor.locale));
  return { fair: fairHeader(fair), view };
}

export default function FairConsole() {
  const { fair, view: loaded } = useLoaderData<typeof loader>();
  const t = useT();
  // Kept current over the socket; read again every 30 s too (the empty-booth alert goes by the clock).
  const { view, state } = useFairLive(loaded, { fairId: fair.id, view: 'console' }, { refreshEveryMs: 30_000 });
  return (
    <Stack gap="md">
      <Anchor component={Link} to={`/fairs/${fair.id}`} size="sm">
        {fair.name}
      </Anchor>
      <Group gap="sm">
        <Title order={1}>{t('fairOrg.link.console')}</Title>
        <FairStatusBadge status={view.status} large />
      </Group>
      <FairLinks fairId={fair.id} current="console" />
      <LiveStatus state={state} />
      <Text c="dimmed">{t('fairOrg.console.intro', { minutes: view.emptyBoothMinutes })}</Text>
      <ConsoleBoard view={view} />
    </Stack>
  );
}
