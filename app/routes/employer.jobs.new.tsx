// /employer/jobs/new: the employer describes a job and saves it as a draft or publishes it at once
// (publishing needs a verified organisation; a draft does not).
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useActionData, useLoaderData } from '@remix-run/react';
import { JobFields } from '#app/components/postings/JobFields.tsx';
import { newPostingAction, newPostingLoader } from '#app/adapters/pages/postings.server.ts';
import { PostingPage } from '#app/components/postings/PostingPage.tsx';
import { type FormActionData } from '#app/adapters/form-data.ts';
import { titleMeta } from '#app/components/postings/meta.ts';
import { useT } from '#app/i18n/use-t.ts';

export const meta: MetaFunction = ({ matches }) => titleMeta(matches, 'employer.newJob');

export const loader = (args: LoaderFunctionArgs) => newPostingLoader('job', args);
export const action = (args: ActionFunctionArgs) => newPostingAction('job', args);

export default function NewJob() {
  const { organisation, lists, defaults } = useLoaderData<typeof loader>();
  const result = useActionData<FormActionData>();
  const t = useT();
  return (
    <PostingPage kind="job" title={t('employer.newJob')} organisation={organisation} result={result}>
      <JobFields {...lists} values={{ ...defaults, ...result?.values }} errors={result?.fields} />
    </PostingPage>
  );
}
