// A fair's booths by number, each with who runs it and the jobs and courses it shows; where the
// person may queue now, each job (or course) has its own small form — the consent wording right
// above its button, as everywhere a person applies — so one tap joins that booth's queue for it.
import { Form } from '@remix-run/react';
import { useT } from '#app/i18n/use-t.ts';
import css from './fairs.module.css';
import plain from '#app/components/plain.module.css';

export type BoothPosting = { kind: 'job' | 'training'; id: string; title: string; wording?: string };
export type Booth = { id: string; number: number; organisation: string; postings: BoothPosting[] };

/**
 * Queueing now: the page's form key; the booths where the person already has a place; the fair,
 * on a page whose path does not name it (the counsellor's).
 */
export type JoinChoice = { formKey: string; queuedBoothIds: readonly string[]; fairId?: string; proxy?: boolean };

/** The titles of the booths' jobs and courses by id: what a place in a queue is for. */
export function postingTitles(booths: readonly Booth[]): Record<string, string> {
  return Object.fromEntries(booths.flatMap((b) => b.postings.map((p) => [p.id, p.title])));
}

function JoinForm({ booth, posting, join }: { booth: Booth; posting: BoothPosting; join: JoinChoice }) {
  const t = useT();
  const wordingId = `join-${booth.id}-${posting.id}`;
  // The button says what the consent above it names: applying ("Ứng tuyển") or asking for a seat.
  const action = t(posting.kind === 'training' ? 'fairPeople.join.seat' : join.proxy ? 'fairPeople.join.proxy' : 'fairPeople.join.apply');
  return (
    <Form method="post">
      {join.fairId ? <input type="hidden" name="fairId" value={join.fairId} /> : null}
      <input type="hidden" name="boothId" value={booth.id} />
      <input type="hidden" name={posting.kind === 'job' ? 'jobId' : 'trainingSlotId'} value={posting.id} />
      <input type="hidden" name="idempotencyKey" value={`${join.formKey}:j:${posting.id}`} />
      {posting.wording ? (
        <>
          <input type="hidden" name="consentWording" value={posting.wording} />
          <p className={plain.xs} id={wordingId}>
            {posting.wording}
          </p>
        </>
      ) : null}
      <button
        type="submit"
        name="intent"
        value="join"
        className={css.button}
        aria-describedby={posting.wording ? wordingId : undefined}
        aria-label={t('fairPeople.join.label', { action, booth: booth.number, posting: posting.title })}
      >
        {action}
      </button>
    </Form>
  );
}

export function FairBooths({
  booths,
  join,
  headingLevel = 3,
}: {
  booths: readonly Booth[];
  join?: JoinChoice | null;
  headingLevel?: 3 | 4;
}) {
  const t = useT();
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  if (booths.length === 0) return <p className={css.lead}>{t('fairPeople.booths.none')}</p>;
  return (
    <ul className={css.booths}>
      {booths.map((booth) => {
        const queued = join?.queuedBoothIds.includes(booth.id) ?? false;
        return (
          <li key={booth.id} id={`booth-${booth.id}`} className={plain.card}>
            <Heading className={plain.title}>
              {t('fairPeople.booth.label', { booth: booth.number, organisation: booth.organisation })}
            </Heading>
            {queued ? <p className={`${plain.small} ${plain.strong}`}>{t('fairPeople.booth.queued')}</p> : null}
            {booth.postings.length === 0 ? (
              <p className={`${plain.small} ${plain.dimmed}`}>{t('fairPeople.booth.noPostings')}</p>
            ) : (
              <ul className={css.postings}>
                {booth.postings.map((posting) => (
                  <li key={posting.id} className={css.posting}>
                    <span>
                      {posting.title}{' '}
                      <span className={plain.dimmed}>
                        · {t(posting.kind === 'job' ? 'fairPeople.posting.job' : 'fairPeople.posting.course')}
                      </span>
                    </span>
                    {join && !queued ? <JoinForm booth={booth} posting={posting} join={join} /> : null}
                  </li>
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ul>
  );
}
