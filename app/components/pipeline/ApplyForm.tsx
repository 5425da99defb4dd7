// Applying for a job and asking for a seat on a course wherever the person meets a posting (its
// page, a search result, a suggestion): a plain form posting to /me/referrals, so it works without
// JavaScript, with the consent wording shown right above the button; where an application already
// stands; and what is still missing for a job, with the course that teaches it.
import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Form, Link, useLocation, useNavigation } from '@remix-run/react';
import { useT } from '#app/i18n/use-t.ts';
import type { JobGap } from '#app/services/matching/gaps-types.ts';
import type { ApplyState } from '#app/services/pipeline/apply-state.ts';
import css from '../plain.module.css';

type Kind = 'job' | 'training';
type Posting = { kind: Kind; id: string; title: string };

/** The form: consent wording, then "Ứng tuyển" / "Ứng tuyển lại" / "Xin chỗ học". */
export function ApplyForm({ posting, wording, again, compact }: { posting: Posting; wording: string; again?: boolean; compact?: boolean }) {
  const t = useT();
  const navigation = useNavigation();
  const field = posting.kind === 'job' ? 'jobId' : 'trainingSlotId';
  const busy = navigation.state === 'submitting' && navigation.formData?.get(field) === posting.id;
  const wordingId = `apply-${posting.id}-wording`;
  return (
    <Form method="post" action="/me/referrals" className={css.stack}>
      <input type="hidden" name="intent" value={posting.kind === 'job' ? 'apply' : 'applyTraining'} />
      <input type="hidden" name={field} value={posting.id} />
      <p className={compact ? css.xs : css.small} id={wordingId}>
        {wording}
      </p>
      <div>
        <Button
          type="submit"
          size={compact ? 'sm' : undefined}
          loading={busy}
          aria-describedby={wordingId}
          aria-label={
            posting.kind === 'training'
              ? t('journey.seat.askLabel', { course: posting.title })
              : t(again ? 'journey.apply.againLabel' : 'match.me.applyLabel', { job: posting.title })
          }
        >
          {posting.kind === 'training' ? t('journey.seat.ask') : again ? t('journey.apply.again') : t('pipeline.action.apply')}
        </Button>
      </div>
    </Form>
  );
}

/** What the job asks that the person lacks, and the course that teaches it (or the trade's courses). */
export function GapNote({ gap, compact }: { gap: JobGap; compact?: boolean }) {
  const t = useT();
  const size = compact ? css.xs : css.small;
  return (
    <section className={`${css.box} ${size}`} aria-label={t('journey.gap.title')}>
      <b>{t('journey.gap.title')}</b>
      <ul className={css.list}>
        {gap.missing.map((text) => (
          <li key={text}>{text}</li>
        ))}
      </ul>
      <div className={`${css.links} ${css.strong}`}>
        {gap.courses.map((course) => (
          <Link key={course.id} className={`${css.link} mantine-focus-auto`} to={`/training/${course.id}`}>
            {t('journey.gap.course', { course: course.title })}
          </Link>
        ))}
        {gap.courses.length === 0 ? (
          <Link className={`${css.link} mantine-focus-auto`} to={gap.searchHref}>
            {t('journey.gap.findCourse')}
          </Link>
        ) : null}
      </div>
      <span>{t('journey.gap.applyAnyway')}</span>
    </section>
  );
}

/** One posting's action for the person: the form, where it stands, or why not now. */
export function ApplyAction({ posting, apply, compact }: { posting: Posting; apply: ApplyState; compact?: boolean }) {
  const t = useT();
  const size = compact ? 'sm' : undefined;
  switch (apply.state) {
    case 'noRecord':
      return <Text size={size}>{t('pipeline.me.noRecord')}</Text>;
    case 'closed':
      return <Text size={size}>{t('journey.apply.closed')}</Text>;
    case 'full':
      return <Text size={size}>{t('journey.seat.full')}</Text>;
    case 'standing':
      return (
        <Stack gap={2}>
          <Text size={size} fw={600}>
            {t(posting.kind === 'job' ? 'journey.apply.status' : 'journey.seat.status', { status: apply.text })}
          </Text>
          <Anchor component={Link} to="/me/referrals" size={compact ? 'sm' : undefined}>
            {t('journey.apply.seeMine')}
          </Anchor>
        </Stack>
      );
    case 'open':
      return (
        <div className={css.stack}>
          {apply.note ? <p className={`${compact ? css.small : ''} ${css.strong}`}>{apply.note}</p> : null}
          {apply.gap ? <GapNote gap={apply.gap} compact={compact} /> : null}
          <ApplyForm posting={posting} wording={apply.wording} again={apply.again} compact={compact} />
        </div>
      );
  }
}

/**
 * "Cách ứng tuyển" / "Cách đăng ký học" on a posting's page: signed out, a link to sign in that
 * comes back here; signed in as a jobseeker, the action itself; always the job centre as the
 * other way.
 */
export function PostingApply({ posting, signedOut, apply }: { posting: Posting; signedOut: boolean; apply: ApplyState | null }) {
  const t = useT();
  const location = useLocation();
  const keys =
    posting.kind === 'job'
      ? ({ title: 'job.apply.title', signIn: 'job.apply.signIn', button: 'job.apply.signInButton' } as const)
      : ({ title: 'training.enrol.title', signIn: 'training.enrol.signIn', button: 'training.enrol.signInButton' } as const);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="how-to-apply" id="apply">
      <Stack gap="sm">
        <Title order={2} size="h3" id="how-to-apply">
          {t(keys.title)}
        </Title>
        {signedOut ? (
          <>
            <Text>{t(keys.signIn)}</Text>
            <Group>
              <Button component={Link} to={`/login?${new URLSearchParams({ redirectTo: location.pathname })}`}>
                {t(keys.button)}
              </Button>
            </Group>
          </>
        ) : apply ? (
          <ApplyAction posting={posting} apply={apply} />
        ) : null}
        <Text size="sm">{t('posting.howTo.counsellor')}</Text>
      </Stack>
    </Paper>
  );
}
