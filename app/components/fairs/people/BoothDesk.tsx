// A booth's desk for its named staff, from `deskView`: "call the next person", the four desks (the
// queue number at each, called or being seen) with "came — start", "did not come" (disabled, with
// the time it becomes possible, until the fair's grace time after the call has passed) and the
// outcome, and the people at the desks and in line as anonymised cards — what they queue for, the
// candidate card, a name only where the view gives one. The live part of the desk page: the view is
// one prop, so live updates replace it whole. Every button is a plain form (works without script).
import '#app/styles/forms.css';
import { Button, Group, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { Form } from '@remix-run/react';
import { useEffect, useState } from 'react';
import { CandidateCardFacts } from '#app/components/CandidateCardFacts.tsx';
import { PlainBadge } from '#app/components/PlainBadge.tsx';
import { useLocale, useT } from '#app/i18n/use-t.ts';
import type { deskView } from '#app/services/fairs/desk.server.ts';
import type { boothOutcomes } from '#db/schema.ts';
import { formatNumber, formatTimeOfDay } from '#lib/format.ts';
import plain from '#app/components/plain.module.css';

export type DeskView = Awaited<ReturnType<typeof deskView>>;
type Card = DeskView['places'][number];
type Desk = DeskView['desks'][number];
type Outcome = (typeof boothOutcomes)[number];

const jobOutcomes: readonly Outcome[] = ['not_suitable', 'second_interview', 'offer_made', 'hired'];
const courseOutcomes: readonly Outcome[] = ['not_suitable', 'second_interview', 'enrolled'];

/** The time now: the server's at first (so the first render matches it), then the browser's every few seconds. */
function useNow(serverNow: number) {
  const [now, setNow] = useState(serverNow);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 5_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/** The hidden fields of a form acting on one place. */
function PlaceFields({ placeId, formKey, action }: { placeId: string; formKey: string; action: string }) {
  return (
    <>
      <input type="hidden" name="placeId" value={placeId} />
      <input type="hidden" name="idempotencyKey" value={`${formKey}:${action}:${placeId}`} />
    </>
  );
}

/** What a card tells the desk: what the person queues for, their name where given, their candidate card. */
function CardFacts({ card }: { card: Card }) {
  const t = useT();
  return (
    <>
      <Text size="sm">
        {card.posting
          ? t(card.posting.kind === 'job' ? 'fairPeople.desk.forJob' : 'fairPeople.desk.forCourse', { title: card.posting.title })
          : t('fairPeople.desk.forBooth')}
      </Text>
      {card.name ? (
        <Text size="sm" fw={600}>
          {t('fairPeople.desk.name', { name: card.name })}
        </Text>
      ) : null}
      {card.card ? (
        <details>
          <summary className={plain.summary}>{t('fairPeople.desk.card')}</summary>
          <CandidateCardFacts card={card.card} />
        </details>
      ) : null}
    </>
  );
}

function OutcomeForm({ card, formKey }: { card: Card; formKey: string }) {
  const t = useT();
  const outcomes = card.posting?.kind === 'course' ? courseOutcomes : jobOutcomes;
  const label = t('fairPeople.desk.number', { number: card.number });
  return (
    <Form method="post">
      <input type="hidden" name="intent" value="outcome" />
      <PlaceFields placeId={card.placeId} formKey={formKey} action="o" />
      <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
        <legend style={{ fontWeight: 600, marginBottom: 4 }}>{t('fairPeople.desk.outcome', { number: card.number })}</legend>
        <details>
          <summary className={plain.summary}>{t('fairPeople.desk.details')}</summary>
          <Stack gap="xs" mt="xs">
            <TextInput name="reason" label={t('fairPeople.desk.reason')} maxLength={500} />
            <TextInput name="interviewAt" type="datetime-local" label={t('fairPeople.desk.interviewAt')} />
            {card.posting?.kind === 'job' ? (
              <>
                <TextInput name="startDate" type="date" label={t('fairPeople.desk.startDate')} />
                <TextInput name="wageVnd" inputMode="numeric" label={t('fairPeople.desk.wage')} />
              </>
            ) : null}
          </Stack>
        </details>
        <Group gap="xs" mt="xs">
          {outcomes.map((outcome) => (
            <Button
              key={outcome}
              type="submit"
              name="outcome"
              value={outcome}
              size="xs"
              variant={outcome === 'hired' || outcome === 'enrolled' ? 'filled' : 'default'}
              aria-label={`${t(`fairPeople.outcome.${outcome}`)} — ${label}`}
            >
              {t(`fairPeople.outcome.${outcome}`)}
            </Button>
          ))}
        </Group>
      </fieldset>
    </Form>
  );
}

function DeskCard({ desk, card, formKey, now }: { desk: Desk; card: Card | null; formKey: string; now: number }) {
  const t = useT();
  const locale = useLocale();
  const headingId = `desk-${desk.desk}`;
  if (!card || desk.number === null) {
    return (
      <Paper withBorder p="sm" component="section" aria-labelledby={headingId}>
        <Title order={3} size="h5" id={headingId}>
          {t('fairPeople.desk.desk', { desk: desk.desk })}
        </Title>
        <Text c="dimmed" size="sm">
          {t('fairPeople.desk.free')}
        </Text>
      </Paper>
    );
  }
  const noShowFrom = desk.noShowFrom ? Date.parse(desk.noShowFrom) : null;
  const noShowOpen = noShowFrom !== null && now >= noShowFrom;
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap">
          <Title order={3} size="h5" id={headingId}>
            {t('fairPeople.desk.desk', { desk: desk.desk })} · {t('fairPeople.desk.number', { number: formatNumber(locale, desk.number) })}
          </Title>
          <PlainBadge colour={desk.status === 'serving' ? 'teal' : 'orange'}>
            {t(desk.status === 'serving' ? 'fairPeople.desk.status.serving' : 'fairPeople.desk.status.called')}
          </PlainBadge>
        </Group>
        <CardFacts card={card} />
        {desk.calledAt ? (
          <Text size="sm" c="dimmed">
            {t('fairPeople.desk.calledAt', { time: formatTimeOfDay(locale, desk.calledAt) })}
          </Text>
        ) : null}
        {desk.status === 'called' ? (
          <Group gap="xs">
            <Form method="post">
              <input type="hidden" name="intent" value="serve" />
              <PlaceFields placeId={card.placeId} formKey={formKey} action="s" />
              <Button type="submit" size="xs">
                {t('fairPeople.desk.serve')}
              </Button>
            </Form>
            <Form method="post">
              <input type="hidden" name="intent" value="noShow" />
              <PlaceFields placeId={card.placeId} formKey={formKey} action="n" />
              <Button type="submit" size="xs" variant="default" disabled={!noShowOpen}>
                {noShowOpen || !desk.noShowFrom
                  ? t('fairPeople.desk.noShow')
                  : t('fairPeople.desk.noShowFrom', { time: formatTimeOfDay(locale, desk.noShowFrom) })}
              </Button>
            </Form>
          </Group>
        ) : null}
        <OutcomeForm card={card} formKey={formKey} />
      </Stack>
    </Paper>
  );
}

export function BoothDesk({ view, formKey, serverNow }: { view: DeskView; formKey: string; serverNow: number }) {
  const t = useT();
  const locale = useLocale();
  const now = useNow(serverNow);
  const freeDesks = view.desks.filter((d) => d.placeId === null).length;
  const waiting = view.places.filter((p) => p.status === 'waiting');
  const blocker =
    view.fairStatus !== 'live'
      ? t('fairPeople.desk.notLive')
      : freeDesks === 0
        ? t('fair.booth.full')
        : view.waiting === 0
          ? t('fairPeople.desk.nobodyWaiting')
          : null;
  return (
    <Stack gap="lg">
      <Form method="post">
        <input type="hidden" name="intent" value="callNext" />
        <input type="hidden" name="idempotencyKey" value={`${formKey}:c`} />
        <Stack gap={4} align="flex-start">
          <Button type="submit" size="md" disabled={blocker !== null}>
            {t('fairPeople.desk.callNext')}
          </Button>
          {blocker ? <Text size="sm">{blocker}</Text> : null}
        </Stack>
      </Form>

      <Stack gap="xs" component="section" aria-labelledby="desks">
        <Title order={2} size="h3" id="desks">
          {t('fairPeople.desk.desksTitle')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {view.desks.map((d) => (
            <DeskCard key={d.desk} desk={d} card={view.places.find((p) => p.placeId === d.placeId) ?? null} formKey={formKey} now={now} />
          ))}
        </SimpleGrid>
      </Stack>

      <Stack gap="xs" component="section" aria-labelledby="waiting">
        <Title order={2} size="h3" id="waiting">
          {t('fairPeople.desk.waitingTitle', { count: formatNumber(locale, view.waiting) })}
        </Title>
        {waiting.length === 0 ? (
          <Text c="dimmed">{t('fairPeople.desk.nobodyWaiting')}</Text>
        ) : (
          <ol className={plain.badges} style={{ display: 'grid', gap: 'var(--mantine-spacing-xs)' }}>
            {waiting.map((card) => (
              <li key={card.placeId} className={`${plain.card} ${plain.compact}`}>
                <b>{t('fairPeople.desk.number', { number: formatNumber(locale, card.number) })}</b>
                <CardFacts card={card} />
              </li>
            ))}
          </ol>
        )}
        {view.waiting > waiting.length ? (
          <Text size="sm">{t('fairPeople.desk.more', { count: formatNumber(locale, view.waiting - waiting.length) })}</Text>
        ) : null}
      </Stack>
    </Stack>
  );
}
