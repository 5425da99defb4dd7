// /admin/plans: the provinces' plans and their yearly targets (e.g. Kon Tum's Decision 681/QĐ-UBND,
// 2025–2030), which /indicators holds each figure against. An administrator enters one: its name,
// decision number, province, years, area (the whole province, or the communes that were a former
// province before the 2025 reform) and a target per indicator — a band in % to reach, or for
// reoffending a limit to stay below. Every field's message at once; works without JavaScript.
import '#app/styles/forms.css';
import '#app/styles/data.css';
import { Alert, Button, Group, NativeSelect, Paper, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Form, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import type { FormActionData } from '#app/adapters/form-data.ts';
import { formCommand, readForm } from '#app/adapters/form.server.ts';
import { requireUserWithPermission } from '#app/adapters/session.server.ts';
import { ScrollTable } from '#app/components/ScrollTable.tsx';
import { titleMeta } from '#app/components/postings/meta.ts';
import { useLocale, useT } from '#app/i18n/use-t.ts';
import { indicatorKeys } from '#app/services/indicators/definitions.ts';
import { createPlan, formerProvincesOf, planSchema, plansOf } from '#app/services/indicators/plans.server.ts';
import type { Target } from '#app/services/indicators/targets.ts';
import { listProvinces } from '#app/services/reference/queries.server.ts';
import { formatPercent, type Locale } from '#lib/format.ts';

export const meta: MetaFunction = ({ matches }) => titleMeta(matches, 'plans.title');

/** The indicators a plan sets a limit for (to stay below); the others get a band to reach. */
const limited = new Set(['reoffended']);

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireUserWithPermission(request, context, 'create:plan');
  const { db } = context.services;
  const provinces = await listProvinces(db);
  const chosen = new URL(request.url).searchParams.get('province') ?? '';
  const province = provinces.find((p) => p.code === chosen)?.code ?? '';
  const [plans, formerProvinces] = await Promise.all([plansOf(db, null), province ? formerProvincesOf(db, province) : []]);
  return { provinces, province, formerProvinces, plans };
}

/** The posted form as the plan schema reads it: `target.<indicator>.low|high|limit` fields become `targets`. */
function planInput(values: Record<string, string>) {
  const targets = Object.fromEntries(
    indicatorKeys.map((key) => [
      key,
      limited.has(key)
        ? { direction: 'below', limit: values[`targets.${key}.limit`] ?? '' }
        : { direction: 'at_least', low: values[`targets.${key}.low`] ?? '', high: values[`targets.${key}.high`] ?? '' },
    ]),
  );
  return { ...values, targets };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const actor = await requireUserWithPermission(request, context, 'create:plan');
  const values = await readForm(request);
  return formCommand({
    services: context.services,
    locale: actor.locale,
    values,
    input: planInput(values),
    schema: planSchema,
    // A target's message goes beside its own box (`targets.trained.high`).
    keys: 'path',
    run: (tx, input) => createPlan(tx, actor, input),
    done: () => 'plans.created',
  });
}

function targetText(locale: Locale, target: Target | undefined) {
  if (!target) return '—';
  const pct = (f: number) => formatPercent(locale, f);
  if (target.direction === 'below') return `< ${pct(target.limit)}`;
  return target.low === target.high ? pct(target.low) : `${pct(target.low)}–${pct(target.high)}`;
}

/** One percentage box of a target, with the message for it and the value typed before. */
function PercentInput({
  name,
  label,
  values,
  errors,
}: {
  name: string;
  label: string;
  values: Record<string, string>;
  errors: Record<string, string>;
}) {
  return <TextInput name={name} label={label} inputMode="decimal" w={140} defaultValue={values[name] ?? ''} error={errors[name]} />;
}

export default function AdminPlans() {
  const { provinces, province, formerProvinces, plans } = useLoaderData<typeof loader>();
  const result = useActionData<FormActionData>();
  const navigation = useNavigation();
  const t = useT();
  const locale = useLocale();
  const errors = result && !result.ok ? (result.fields ?? {}) : {};
  const values = result && !result.ok ? (result.values ?? {}) : {};
  const provinceName = (code: string) => provinces.find((p) => p.code === code)?.name ?? code;
  return (
    <Stack gap="lg">
      <Title order={1}>{t('plans.title')}</Title>
      <Text>{t('plans.intro')}</Text>
      {result?.ok ? (
        <Alert color="teal" role="status">
          {result.message}
        </Alert>
      ) : result?.message ? (
        <Alert color="red" role="alert">
          {result.message}
        </Alert>
      ) : null}
      {plans.length === 0 ? (
        <Text c="dimmed">{t('plans.none')}</Text>
      ) : (
        <ScrollTable label={t('plans.title')} minWidth={1100}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('plans.name')}</Table.Th>
                <Table.Th>{t('plans.area')}</Table.Th>
                <Table.Th>{t('plans.years')}</Table.Th>
                {indicatorKeys.map((key) => (
                  <Table.Th key={key}>{t(`indicators.key.${key}`)}</Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {plans.map((plan) => (
                <Table.Tr key={plan.id}>
                  <Table.Td>
                    {plan.name}
                    {plan.decisionNumber ? ` (${plan.decisionNumber})` : ''}
                  </Table.Td>
                  <Table.Td>{plan.areaName ?? provinceName(plan.provinceCode)}</Table.Td>
                  <Table.Td>
                    {plan.fromYear}–{plan.toYear}
                  </Table.Td>
                  {indicatorKeys.map((key) => (
                    <Table.Td key={key}>{targetText(locale, plan.targets[key])}</Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}

      <Paper withBorder p="md" component="section" aria-labelledby="new-plan">
        <Stack>
          <Title order={2} size="h3" id="new-plan">
            {t('plans.new')}
          </Title>
          {/* The province first: its former provinces (before the 2025 reform) are then offered as the plan's area. */}
          <Form method="get">
            <Group align="flex-end">
              <NativeSelect
                name="province"
                label={t('plans.province')}
                defaultValue={province}
                data={[{ value: '', label: t('plans.chooseProvince') }, ...provinces.map((p) => ({ value: p.code, label: p.name }))]}
              />
              <Button type="submit" variant="default">
                {t('plans.chooseArea')}
              </Button>
            </Group>
          </Form>
          {province ? (
            <Form method="post" noValidate>
              <Stack>
                <input type="hidden" name="provinceCode" value={province} />
                <TextInput name="name" label={t('plans.name')} required defaultValue={values.name ?? ''} error={errors.name} />
                <SimpleGrid cols={{ base: 1, sm: 3 }}>
                  <TextInput
                    name="decisionNumber"
                    label={t('plans.decision')}
                    defaultValue={values.decisionNumber ?? ''}
                    error={errors.decisionNumber}
                  />
                  <TextInput
                    name="fromYear"
                    label={t('plans.fromYear')}
                    inputMode="numeric"
                    required
                    defaultValue={values.fromYear ?? ''}
                    error={errors.fromYear}
                  />
                  <TextInput
                    name="toYear"
                    label={t('plans.toYear')}
                    inputMode="numeric"
                    required
                    defaultValue={values.toYear ?? ''}
                    error={errors.toYear}
                  />
                </SimpleGrid>
                <SimpleGrid cols={{ base: 1, sm: 2 }}>
                  <NativeSelect
                    name="formerProvince"
                    label={t('plans.formerProvince')}
                    description={t('plans.formerProvinceHint')}
                    defaultValue={values.formerProvince ?? ''}
                    error={errors.formerProvince}
                    data={[
                      { value: '', label: t('plans.wholeProvince') },
                      ...formerProvinces.map((name) => ({ value: name, label: name })),
                    ]}
                  />
                  <TextInput name="areaName" label={t('plans.areaName')} defaultValue={values.areaName ?? ''} error={errors.areaName} />
                </SimpleGrid>
                <Title order={3} size="h4">
                  {t('plans.targets')}
                </Title>
                <Text size="sm">{t('plans.targetsHint')}</Text>
                {indicatorKeys.map((key) => (
                  <fieldset key={key}>
                    <legend>{t(`indicators.key.${key}`)}</legend>
                    <Group align="flex-end" wrap="wrap">
                      {limited.has(key) ? (
                        <PercentInput name={`targets.${key}.limit`} label={t('plans.limit')} values={values} errors={errors} />
                      ) : (
                        <>
                          <PercentInput name={`targets.${key}.low`} label={t('plans.low')} values={values} errors={errors} />
                          <PercentInput name={`targets.${key}.high`} label={t('plans.high')} values={values} errors={errors} />
                        </>
                      )}
                    </Group>
                  </fieldset>
                ))}
                <Group>
                  <Button type="submit" loading={navigation.state === 'submitting'}>
                    {t('plans.save')}
                  </Button>
                </Group>
              </Stack>
            </Form>
          ) : null}
        </Stack>
      </Paper>
    </Stack>
  );
}
