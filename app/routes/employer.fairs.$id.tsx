// /employer/fairs/:id: the desk of the user's booth at this fair, for its named staff only (a member
// not named: 403; an organisation without a booth here: 404). The desk view (`deskView`): the queue
// as anonymised cards (a name only under the pipeline's consent rule), the four desks, and the
// buttons: call next, came — start, did not come (after the grace time), and the outcome, which
// moves the person's application in the pipeline. Every button is a plain form with the key the
// loader made, so a double press does the command once.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Anchor, Stack, Text, Title } from '@mantine/core';
import { Link, useActionData, useLoaderData } from '@remix-run/react';
import { errorResponse } from '#app/adapters/answers.ts';
import type { FormActionData } from '#app/adapters/form-data.ts';
import { doneWith, formCommand, readForm, requireId, throwAsPage } from '#app/adapters/form.server.ts';
import { newFormKey } from '#app/adapters/pages/fairs.server.ts';
import { requireUserWithPermission } from '#app/adapters/session.server.ts';
import { LiveStatus } from '#app/components/fairs/live/LiveStatus.tsx';
import { useFairLive } from '#app/components/fairs/live/use-fair-live.ts';
import { BoothDesk } from '#app/components/fairs/people/BoothDesk.tsx';
import { FairWhen } from '#app/components/fairs/organiser/FairParts.tsx';
import { FormAlert } from '#app/components/postings/FormParts.tsx';
import { translate } from '#app/i18n/i18n.ts';
import { pageTitle } from '#app/i18n/page-title.ts';
import { useT } from '#app/i18n/use-t.ts';
import { NotFoundError } from '#app/services/errors.ts';
import { callNext, markNoShow, recordOutcome, startServing } from '#app/services/fairs/commands.server.ts';
import { deskView } from '#app/services/fairs/desk.server.ts';
import { isPlaceOfBooth, ownBoothAt } from '#app/services/fairs/people.server.ts';
import { callNextSchema, outcomeSchema, placeActionSchema } from '#app/services/fairs/schemas.ts';
import type { Executor } from '#db/client.ts';

export const meta: MetaFunction<typeof loader> = ({ data }) => (data ? pageTitle(data.title) : []);

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const user = await requireUserWithPermission(request, context, 'call:queue');
  const fairId = requireId(params.id, user.locale);
  const { db } = context.services;
  const { fair, view } = await ownBoothAt(db, user, fairId)
    .then(async ({ fair, booth }) => ({ fair, view: await deskView(db, user, fairId, booth.id) }))
    .catch((e: unknown) => throwAsPage(e, user.locale));
  const { booth } = view;
  return {
    title: translate(user.locale, 'fairPeople.booth.label', { booth: booth.number, organisation: booth.organisation }),
    fair,
    view,
    formKey: newFormKey(),
    serverNow: Date.now(),
  };
}

/** A place of this page's booth: a form never acts on another booth's (even the user's own elsewhere). */
async function requirePlaceHere(db: Executor, boothId: string, placeId: string) {
  if (!(await isPlaceOfBooth(db, boothId, placeId))) throw new NotFoundError('fair.place.notFound');
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const user = await requireUserWithPermission(request, context, 'call:queue');
  const fairId = requireId(params.id, user.locale);
  const values = await readForm(request);
  const { booth } = await ownBoothAt(context.services.db, user, fairId).catch((e: unknown) => throwAsPage(e, user.locale));
  const common = { services: context.services, locale: user.locale, values, target: values.placeId ?? values.intent };
  switch (values.intent) {
    case 'callNext':
      return formCommand({
        ...common,
        schema: callNextSchema,
        input: { fairId, boothId: booth.id, idempotencyKey: values.idempotencyKey },
        run: async (tx, input) => {
          const { answer } = await callNext(tx, user, input);
          return answer.placeId === null
            ? doneWith('fairPeople.desk.nobodyWaiting')
            : doneWith('fairPeople.desk.called', { number: answer.number, desk: answer.desk });
        },
        done: (message) => message,
      });
    case 'serve':
    case 'noShow':
      return formCommand({
        ...common,
        schema: placeActionSchema,
        input: { fairId, placeId: values.placeId, idempotencyKey: values.idempotencyKey },
        run: async (tx, input) => {
          await requirePlaceHere(tx, booth.id, input.placeId);
          if (values.intent === 'serve') {
            await startServing(tx, user, input);
            return doneWith('fairPeople.desk.serving');
          }
          const { answer } = await markNoShow(tx, user, input);
          return answer.next.placeId === null
            ? doneWith('fairPeople.desk.noShowDone')
            : doneWith('fairPeople.desk.noShowNext', { number: answer.next.number, desk: answer.next.desk });
        },
        done: (message) => message,
      });
    case 'outcome':
      return formCommand({
        ...common,
        schema: outcomeSchema,
        input: { ...values, fairId },
        run: async (tx, input) => {
          await requirePlaceHere(tx, booth.id, input.placeId);
          await recordOutcome(tx, user, input);
          return doneWith('fairPeople.desk.recorded', { outcome: translate(user.locale, `fairPeople.outcome.${input.outcome}`) });
        },
        done: (message) => message,
      });
    default:
      throw errorResponse('invalid_input', translate(user.locale, 'validation.invalid'));
  }
}

export default function BoothDeskPage() {
  const { title, fair, view: loaded, formKey, serverNow } = useLoaderData<typeof loader>();
  // The desk follows its booth live (read again as the line moves, and every 15 s for the no-show time).
  const { view, state } = useFairLive(loaded, { fairId: fair.id, view: 'desk', boothId: loaded.booth.id }, { refreshEveryMs: 15_000 });
  const result = useActionData<FormActionData>();
  const t = useT();
  return (
    <Stack gap="lg" maw={960}>
      <Anchor component={Link} to="/employer/fairs" size="sm">
        {t('fairPeople.employer.back')}
      </Anchor>
      <Stack gap={4}>
        <Title order={1}>{title}</Title>
        <Text>
          {fair.name} · <FairWhen startsAt={fair.startsAt} endsAt={fair.endsAt} /> · {fair.place ?? t('fairPeople.online')}
        </Text>
        <Text size="sm" c="dimmed">
          {t('fairPeople.desk.privacy')}
        </Text>
      </Stack>
      <FormAlert result={result} />
      <LiveStatus state={state} />
      <BoothDesk view={view} formKey={formKey} serverNow={serverNow} />
    </Stack>
  );
}
