// /admin/plans: the provinces' plans and their yearly targets (e.g. Kon Tum's Decision 681/QĐ-UBND,
// 2025–2030), which /indicators holds each figure against. An administrator enters one: its name,
// decision number, province, years, area (the whole province, or the communes that were a former
// province before the 2025 reform) and a target per indicator — a band in % to reach, or for
// reoffending a limit to stay below. Every field's message at once; works without JavaScript. Each
// plan links to its edit page (correct it, or end it); the province switch for reoffending is linked.
import '#app/styles/forms.css';
import '#app/styles/data.css';
import { Anchor, Button, Group, NativeSelect, Paper, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import type { FormActionData } from '#app/adapters/form-data.ts';
import { formCommand, readForm } from '#app/adapters/form.server.ts';
import { requireUserWithPermission } from '#app/adapters/session.server.ts';
import { ScrollTable } from '#app/components/ScrollTable.tsx';
import { planInput, PlanForm } from '#app/components/plans/PlanForm.tsx';
import { planStatus } from '#app/components/plans/plan-status.ts';
import { titleMeta } from '#app/components/postings/meta.ts';
import { useLocale, useT } from '#app/i18n/use-t.ts';
import { indicatorKeys } from '#app/services/indicators/definitions.ts';
import { createPlan, formerProvincesOf, planSchema, plansOf } from '#app/services/indicators/plans.server.ts';
import type { Target } from '#app/services/indicators/targets.ts';
import { listProvinces } from '#app/services/reference/queries.server.ts';
import { formatPercent, type Locale } from '#lib/format.ts';
import { FormAlert } from '#app/components/postings/FormParts.tsx';

export const meta: MetaFunction = ({ matches }) => titleMeta(matches, 'plans.title');

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireUserWithPermission(request, context, 'create:plan');
  const { db } = context.services;
  const provinces = await listProvinces(db);
  const chosen = new URL(request.url).searchParams.get('province') ?? '';
  const province = provinces.find((p) => p.code === chosen)?.code ?? '';
  const [plans, formerProvinces] = await Promise.all([plansOf(db, null), province ? formerProvincesOf(db, province) : []]);
  return { provinces, province, formerProvinces, plans };
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
      <Text>
        <Anchor component={Link} to="/admin/reoffending">
          {t('plans.reoffendingLink')}
        </Anchor>
      </Text>
      <FormAlert result={result} />
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
                <Table.Th>{t('plans.status')}</Table.Th>
                {indicatorKeys.map((key) => (
                  <Table.Th key={key}>{t(`indicators.key.${key}`)}</Table.Th>
                ))}
                <Table.Th>
                  <VisuallyHidden>{t('plans.edit')}</VisuallyHidden>
                </Table.Th>
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
                  <Table.Td>{t(...planStatus(plan))}</Table.Td>
                  {indicatorKeys.map((key) => (
                    <Table.Td key={key}>{targetText(locale, plan.targets[key])}</Table.Td>
                  ))}
                  <Table.Td>
                    <Anchor component={Link} to={`/admin/plans/${plan.id}`} aria-label={t('plans.editOf', { name: plan.name })}>
                      {t('plans.edit')}
                    </Anchor>
                  </Table.Td>
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
            <PlanForm
              province={province}
              formerProvinces={formerProvinces}
              values={values}
              errors={errors}
              submitting={navigation.state === 'submitting'}
            />
          ) : null}
        </Stack>
      </Paper>
    </Stack>
  );
}
