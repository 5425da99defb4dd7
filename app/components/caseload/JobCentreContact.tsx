// "Who helps you": the person's job centre (name, address, phone to tap, e-mail, opening hours) and
// their counsellor, on the pages that tell them to go to the centre or wait for a call.
import { Anchor, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useT } from '#app/i18n/use-t.ts';
import type { JobCentreContact as Contact } from '#app/services/caseload/contact.server.ts';

function telHref(phone: string) {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

function Item({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="sm" c="dimmed" component="dt">
        {label}
      </Text>
      <Text component="dd" m={0} style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </div>
  );
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
              <Item label={t('contact.centre')}>
                <Text span fw={600}>
                  {centre.name}
                </Text>
              </Item>
              <Item label={t('contact.address')}>{centre.address}</Item>
              <Item label={t('contact.phone')}>
                <Anchor href={telHref(centre.phone)} aria-label={t('contact.call', { phone: centre.phone })}>
                  {centre.phone}
                </Anchor>
              </Item>
              {centre.email ? (
                <Item label={t('contact.email')}>
                  <Anchor href={`mailto:${centre.email}`}>{centre.email}</Anchor>
                </Item>
              ) : null}
              {centre.openingHours ? <Item label={t('contact.hours')}>{centre.openingHours}</Item> : null}
            </SimpleGrid>
          ) : null}
          <SimpleGrid cols={1} spacing={6} component="dl" m={0}>
            <Item label={t('contact.counsellor')}>
              {counsellor ? (
                <Text span fw={600}>
                  {counsellor.fullName}
                </Text>
              ) : (
                t('contact.noCounsellor')
              )}
            </Item>
            {counsellor?.phone ? (
              <Item label={t('contact.phone')}>
                <Anchor href={telHref(counsellor.phone)} aria-label={t('contact.call', { phone: counsellor.phone })}>
                  {counsellor.phone}
                </Anchor>
              </Item>
            ) : null}
            {counsellor?.email ? (
              <Item label={t('contact.email')}>
                <Anchor href={`mailto:${counsellor.email}`}>{counsellor.email}</Anchor>
              </Item>
            ) : null}
          </SimpleGrid>
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}
