// "Who helps you": the person's job centre (name, address, phone to tap, e-mail, opening hours) and
// their counsellor, on the pages that tell them to go to the centre or wait for a call.
import { Anchor, Stack, Title } from '@mantine/core';
import { Detail } from '#app/components/Detail.tsx';
import { useT } from '#app/i18n/use-t.ts';
import type { JobCentreContact as Contact } from '#app/services/caseload/contact.server.ts';
import plain from '#app/components/plain.module.css';

function telHref(phone: string) {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

export function JobCentreContact({ contact }: { contact: Contact | null | undefined }) {
  const t = useT();
  if (!contact || (!contact.centre && !contact.counsellor)) return null;
  const { centre, counsellor } = contact;
  return (
    <section className={plain.panel} aria-labelledby="job-centre-contact">
      <Stack gap="sm">
        <Title order={2} size="h4" id="job-centre-contact">
          {t('contact.title')}
        </Title>
        <div className={`${plain.columns} ${plain.columnsTight}`}>
          {centre ? (
            <dl className={plain.rows}>
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
            </dl>
          ) : null}
          <dl className={plain.rows}>
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
          </dl>
        </div>
      </Stack>
    </section>
  );
}
