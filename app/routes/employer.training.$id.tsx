// /employer/training/:id: the employer edits their course and opens, closes or reopens it; with a
// link to its public page.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useActionData, useLoaderData } from '@remix-run/react';
import { editPostingAction, editTrainingLoader } from '#app/adapters/pages/postings.server.ts';
import { PostingPage } from '#app/components/postings/PostingPage.tsx';
import { TrainingFields } from '#app/components/postings/TrainingFields.tsx';
import { type FormActionData } from '#app/adapters/form-data.ts';
import { titleMeta } from '#app/components/postings/meta.ts';
import { pageTitle } from '#app/i18n/page-title.ts';

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  data ? pageTitle(data.title) : titleMeta(matches, 'home.employer.training');

export const loader = (args: LoaderFunctionArgs) => editTrainingLoader(args);
export const action = (args: ActionFunctionArgs) => editPostingAction('training', args);

export default function EditTraining() {
  const loaded = useLoaderData<typeof loader>();
  const result = useActionData<FormActionData>();
  return (
    <PostingPage
      kind="training"
      title={loaded.title}
      status={loaded.status}
      organisation={loaded.organisation}
      notice={loaded.notice}
      result={result}
      publicHref={`/training/${loaded.id}`}
      requestsHref={`/employer/training/${loaded.id}/enrolments`}
    >
      <TrainingFields {...loaded.lists} jobs={loaded.jobs} values={{ ...loaded.values, ...result?.values }} errors={result?.fields} />
    </PostingPage>
  );
}
