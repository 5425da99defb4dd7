// "Who helps you": the person's job centre (name, address, phone to tap, e-mail, opening hours) and
// their counsellor, on the pages that tell them to go to the centre or wait for a call.
import { Anchor, Paper, SimpleGrid, Stack, Title } from '@mantine/core';
import { Detail } from '#app/components/Detail.tsx';
import { useT } from '#app/i18n/use-t.ts';
import type { JobCentreContact as Contact } from '#app/services/caseload/contact.server.ts';

function telHref(phone: string) {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

export function JobCentreContact({ contact }: { contact: Contact | null | undefined }) {
  const t = useT();
  if (!contact || (!contact.centre && !contact.counsellor)) return null;
  const { centre, counsellor } = contact;
  return (
    <Paper withBorder p={{ base: 'sm', sm: 'md' }} component="section" aria-labelledby="job-centre-contact">
      <Stack gap="sm">
        <Title order={2} size="h4" id="job-centre-contact">
          {t('contact.title')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          {centre ? (
            <SimpleGrid cols={1} spacing={6} component="dl" m={0}>
              <Detail label={t('contact.centre')} strong>
                {centre.name}
              </Detail>
              <Detail label={t('contact.address')}>{centre.address}</Detail>
              <Detail label={t('contact.phone')}>
                <Anchor href={telHref(centre.phone)} aria-label={t('contact.call', { phone: centre.phone })}>
                  {centre.phone}
                </Anchor>
              </Detail>
              {centre.email ? (
                <Detail label={t('contact.email')}>
                  <Anchor href={`mailto:${centre.email}`}>{centre.email}</Anchor>
                </Detail>
              ) : null}
              {centre.openingHours ? <Detail label={t('contact.hours')}>{centre.openingHours}</Detail> : null}
            </SimpleGrid>
          ) : null}
          <SimpleGrid cols={1} spacing={6} component="dl" m={0}>
            <Detail label={t('contact.counsellor')} strong={Boolean(counsellor)}>
              {counsellor ? counsellor.fullName : t('contact.noCounsellor')}
            </Detail>
            {counsellor?.phone ? (
              <Detail label={t('contact.phone')}>
                <Anchor href={telHref(counsellor.phone)} aria-label={t('contact.call', { phone: counsellor.phone })}>
                  {counsellor.phone}
                </Anchor>
              </Detail>
            ) : null}
            {counsellor?.email ? (
              <Detail label={t('contact.email')}>
                <Anchor href={`mailto:${counsellor.email}`}>{counsellor.email}</Anchor>
              </Detail>
            ) : null}
          </SimpleGrid>
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}
