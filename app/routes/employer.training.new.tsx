// /employer/training/new: an employer or training provider offers a course (training slot), saved
// as a draft or published at once (publishing needs a verified organisation).
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useActionData, useLoaderData } from '@remix-run/react';
import { newPostingAction, newPostingLoader } from '#app/adapters/pages/postings.server.ts';
import { PostingPage } from '#app/components/postings/PostingPage.tsx';
import { TrainingFields } from '#app/components/postings/TrainingFields.tsx';
import { type FormActionData } from '#app/adapters/form-data.ts';
import { titleMeta } from '#app/components/postings/meta.ts';
import { useT } from '#app/i18n/use-t.ts';

export const meta: MetaFunction = ({ matches }) => titleMeta(matches, 'employer.newTraining');

export const loader = (args: LoaderFunctionArgs) => newPostingLoader('training', args);
export const action = (args: ActionFunctionArgs) => newPostingAction('training', args);

export default function NewTraining() {
  const { organisation, lists, jobs, defaults } = useLoaderData<typeof loader>();
  const result = useActionData<FormActionData>();
  const t = useT();
  return (
    <PostingPage kind="training" title={t('employer.newTraining')} organisation={organisation} result={result}>
      <TrainingFields {...lists} jobs={jobs} values={{ ...defaults, ...result?.values }} errors={result?.fields} />
    </PostingPage>
  );
}
