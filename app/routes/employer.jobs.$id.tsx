// /employer/jobs/:id: the employer edits their job and moves it along: publish a draft, close it,
// mark it filled, or reopen it; with a link to its public page.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useActionData, useLoaderData } from '@remix-run/react';
import { JobFields } from '#app/components/postings/JobFields.tsx';
import { editJobLoader, editPostingAction } from '#app/adapters/pages/postings.server.ts';
import { PostingPage } from '#app/components/postings/PostingPage.tsx';
import { type FormActionData } from '#app/adapters/form-data.ts';
import { titleMeta } from '#app/components/postings/meta.ts';
import { pageTitle } from '#app/i18n/page-title.ts';

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  data ? pageTitle(data.title) : titleMeta(matches, 'home.employer.jobs');

export const loader = (args: LoaderFunctionArgs) => editJobLoader(args);
export const action = (args: ActionFunctionArgs) => editPostingAction('job', args);

export default function EditJob() {
  const loaded = useLoaderData<typeof loader>();
  const result = useActionData<FormActionData>();
  return (
    <PostingPage
      kind="job"
      title={loaded.title}
      status={loaded.status}
      organisation={loaded.organisation}
      notice={loaded.notice}
      result={result}
      publicHref={`/jobs/${loaded.id}`}
    >
      <JobFields {...loaded.lists} values={{ ...loaded.values, ...result?.values }} errors={result?.fields} />
    </PostingPage>
  );
}
