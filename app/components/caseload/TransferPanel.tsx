// "Chuyển sang tỉnh khác" on a counsellor's record page: the province the person moved to, a commune
// of it, the day it took effect and a note for the receiving job centre. Choosing a province loads
// its communes; without JavaScript the first submit comes back with them to choose from.
import '#app/styles/forms.css';
import { NativeSelect, Paper, SimpleGrid, Stack, Text, Textarea, Title, Group } from '@mantine/core';
import { Form } from '@remix-run/react';
import { useProvinceCommunes } from '#app/components/use-province-communes.ts';
import { useT } from '#app/i18n/use-t.ts';
import { EffectiveOnInput } from '#app/components/pipeline/EffectiveOnInput.tsx';
import { FormAlert, IntentButton } from '#app/components/postings/FormParts.tsx';
import type { CaseActionData, Option } from './types.ts';

type Props = {
  /** The provinces the record may go to (not its own). */
  provinces: Option[];
  result?: CaseActionData;
};

export function TransferPanel({ provinces, result }: Props) {
  const t = useT();
  const mine = result?.target === 'transfer' ? result : undefined;
  const failed = mine && !mine.ok ? mine : undefined;
  const values = failed?.values ?? {};
  const errors = failed?.fields ?? {};
  const { province, communes, loading, chosenCommune, chooseProvince } = useProvinceCommunes(
    values.provinceCode ?? '',
    failed?.communes ?? [],
  );
  return (
    <Paper withBorder p={{ base: 'sm', sm: 'md' }} component="section" aria-labelledby="transfer-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="transfer-title">
          {t('caseload.section.transfer')}
        </Title>
        <Text size="sm">{t('caseload.transfer.intro')}</Text>
        <FormAlert result={mine} />
        <Form method="post" noValidate>
          <Stack>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <NativeSelect
                name="provinceCode"
                label={t('caseload.transfer.province')}
                required
                value={province}
                onChange={(event) => chooseProvince(event.currentTarget.value)}
                data={[
                  { value: '', label: t('caseload.transfer.chooseProvince') },
                  ...provinces.map((p) => ({ value: p.code, label: p.name })),
                ]}
                error={errors.provinceCode}
              />
              <NativeSelect
                // A new province starts with no commune chosen.
                key={province}
                name="communeCode"
                label={t('caseload.transfer.commune')}
                description={t('caseload.transfer.communeHint')}
                required
                defaultValue={chosenCommune(values.communeCode)}
                disabled={loading}
                aria-busy={loading}
                data={[
                  { value: '', label: loading ? t('common.loading') : t('caseload.chooseCommune') },
                  ...communes.map((c) => ({ value: c.code, label: c.name })),
                ]}
                error={errors.communeCode}
              />
            </SimpleGrid>
            <EffectiveOnInput value={values.effectiveOn} error={errors.effectiveOn} />
            <Textarea
              name="note"
              label={t('caseload.transfer.note')}
              defaultValue={values.note ?? ''}
              maxLength={500}
              autosize
              minRows={2}
              error={errors.note}
            />
            <Group>
              <IntentButton intent="transfer" color="orange">
                {t('caseload.transfer.submit')}
              </IntentButton>
            </Group>
          </Stack>
        </Form>
      </Stack>
    </Paper>
  );
}
