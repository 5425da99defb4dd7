// /admin/plans/:id: an administrator corrects a plan — the same form as a new plan, filled in (its
// name, decision number, province, area, years and targets) — or ends it: it applies no longer from
// a chosen year (the years before keep its targets), or it is withdrawn (as if it never applied).
// Either way the plan stays on record. Every field's message at once, what was typed kept; works
// without JavaScript (the province is changed with a GET form, like on /admin/plans).
import '#app/styles/forms.css';
import { Anchor, Button, Group, NativeSelect, Paper, Radio, Stack, Text, TextInput, Title } from '@mantine/core';
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import type { FormActionData } from '#app/adapters/form-data.ts';
import { formCommand, readForm, requireId, throwAsPage } from '#app/adapters/form.server.ts';
import { requireUserWithPermission } from '#app/adapters/session.server.ts';
import { keepCommunesValue, planFormValues, planInput, PlanForm } from '#app/components/plans/PlanForm.tsx';
import { planStatus } from '#app/components/plans/plan-status.ts';
import { titleMeta } from '#app/components/postings/meta.ts';
import { useT } from '#app/i18n/use-t.ts';
import {
  endPlan,
  endPlanSchema,
  formerProvinceOfPlan,
  formerProvincesOf,
  planById,
  planSchema,
  updatePlan,
} from '#app/services/indicators/plans.server.ts';
import { listProvinces } from '#app/services/reference/queries.server.ts';
import { FormAlert } from '#app/components/postings/FormParts.tsx';

export const meta: MetaFunction = ({ matches }) => titleMeta(matches, 'plans.editTitle');

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const actor = await requireUserWithPermission(request, context, 'update:plan');
  const id = requireId(params.id, actor.locale);
  const { db } = context.services;
  const plan = await planById(db, id).catch((error: unknown) => throwAsPage(error, actor.locale));
  const provinces = await listProvinces(db);
  // Another province chosen with the GET form: its former provinces are offered as the area.
  const chosen = new URL(request.url).searchParams.get('province') ?? '';
  const province = provinces.find((p) => p.code === chosen)?.code ?? plan.provinceCode;
  const formerProvinces = await formerProvincesOf(db, province);
  const ownArea = province === plan.provinceCode ? await formerProvinceOfPlan(db, plan) : '';
  return {
    plan: { id: plan.id, name: plan.name, fromYear: plan.fromYear, toYear: plan.toYear, endYear: plan.endYear },
    provinces,
    province,
    formerProvinces,
    // Communes that are no former province's are kept unless another area is chosen.
    keepCommunes: ownArea === null ? plan.communeCodes.length : 0,
    values: planFormValues(plan, ownArea ?? keepCommunesValue),
  };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const actor = await requireUserWithPermission(request, context, 'update:plan');
  const id = requireId(params.id, actor.locale);
  const values = await readForm(request);
  const common = { services: context.services, locale: actor.locale, values };
  if (values.intent === 'end') {
    return formCommand({
      ...common,
      target: 'end',
      schema: endPlanSchema,
      run: (tx, input) => endPlan(tx, actor, id, input),
      done: () => 'plans.ended',
    });
  }
  const input = planInput(values);
  // Keeping the plan's own communes: they are sent as they are, not as a former province.
  const area =
    values.formerProvince === keepCommunesValue
      ? {
          formerProvince: '',
          communeCodes: (await planById(context.services.db, id).catch((e: unknown) => throwAsPage(e, actor.locale))).communeCodes,
        }
      : {};
  return formCommand({
    ...common,
    target: 'save',
    input: { ...input, ...area },
    schema: planSchema,
    keys: 'path',
    run: (tx, parsed) => updatePlan(tx, actor, id, parsed),
    done: () => 'plans.updated',
  });
}

export default function EditPlan() {
  const { plan, provinces, province, formerProvinces, keepCommunes, values: saved } = useLoaderData<typeof loader>();
  const result = useActionData<FormActionData>();
  const navigation = useNavigation();
  const t = useT();
  const failed = (target: string) => result && !result.ok && result.target === target;
  const errorsOf = (target: string) => (failed(target) ? (result?.fields ?? {}) : {});
  const values = failed('save') ? { ...saved, ...result?.values } : saved;
  const endValues = failed('end') ? (result?.values ?? {}) : {};
  const submitting = (intent: string) => navigation.state === 'submitting' && navigation.formData?.get('intent') === intent;
  const [statusKey, statusVars] = planStatus(plan);
  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/admin/plans">
        {t('plans.back')}
      </Anchor>
      <Title order={1}>{t('plans.editOf', { name: plan.name })}</Title>
      <Text>
        {t('plans.status')}: {t(statusKey, statusVars)}
      </Text>
      <FormAlert result={result} />

      <Paper withBorder p="md" component="section" aria-labelledby="edit-plan">
        <Stack>
          <Title order={2} size="h3" id="edit-plan">
            {t('plans.editTitle')}
          </Title>
          <Text>{t('plans.editIntro')}</Text>
          {/* Another province: reload with its former provinces as the areas on offer. */}
          <Form method="get">
            <Group align="flex-end">
              <NativeSelect
                name="province"
                label={t('plans.province')}
                defaultValue={province}
                data={provinces.map((p) => ({ value: p.code, label: p.name }))}
              />
              <Button type="submit" variant="default">
                {t('plans.chooseArea')}
              </Button>
            </Group>
          </Form>
          <PlanForm
            province={province}
            formerProvinces={formerProvinces}
            values={values}
            errors={errorsOf('save')}
            submitting={submitting('save')}
            intent="save"
            keepCommunes={keepCommunes}
          />
        </Stack>
      </Paper>

      <Paper withBorder p="md" component="section" aria-labelledby="end-plan">
        <Form method="post" noValidate>
          <Stack>
            <Title order={2} size="h3" id="end-plan">
              {t('plans.end')}
            </Title>
            <Text>{t('plans.endIntro')}</Text>
            {plan.endYear !== null ? <Text fw={500}>{t('plans.endedAlready', { status: t(statusKey, statusVars) })}</Text> : null}
            <input type="hidden" name="intent" value="end" />
            <Radio.Group name="how" label={t('plans.endHow')} defaultValue={endValues.how ?? 'from'} error={errorsOf('end').how}>
              <Stack gap="xs" mt="xs">
                <Radio value="from" label={t('plans.endFrom')} />
                <Radio value="withdraw" label={t('plans.endWithdraw')} />
              </Stack>
            </Radio.Group>
            <TextInput
              name="year"
              label={t('plans.endYear')}
              description={`${plan.fromYear + 1}–${plan.toYear}`}
              inputMode="numeric"
              w={220}
              defaultValue={endValues.year ?? ''}
              error={errorsOf('end').year}
            />
            <Group>
              <Button type="submit" color="red" variant="light" loading={submitting('end')}>
                {t('plans.endSave')}
              </Button>
            </Group>
          </Stack>
        </Form>
      </Paper>
    </Stack>
  );
}
