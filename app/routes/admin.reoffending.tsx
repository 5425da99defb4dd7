// /admin/reoffending: each province's switch for the reoffending indicator (DESIGN.md §6: "if the
// province records it"). On unless an administrator switched it off; a switched-off province's
// reports count and show no reoffending figure. One small form per province (works without
// JavaScript), each change audited.
import '#app/styles/data.css';
import { Alert, Anchor, Badge, Button, Stack, Table, Text, Title } from '@mantine/core';
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import type { FormActionData } from '#app/adapters/form-data.ts';
import { formCommand, readForm } from '#app/adapters/form.server.ts';
import { requireUserWithPermission } from '#app/adapters/session.server.ts';
import { ScrollTable } from '#app/components/ScrollTable.tsx';
import { titleMeta } from '#app/components/postings/meta.ts';
import { useT } from '#app/i18n/use-t.ts';
import { reoffendingByProvince, reoffendingSwitchSchema, setReoffending } from '#app/services/indicators/settings.server.ts';

export const meta: MetaFunction = ({ matches }) => titleMeta(matches, 'reoffending.title');

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireUserWithPermission(request, context, 'update:indicator-setting');
  return { provinces: await reoffendingByProvince(context.services.db) };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const actor = await requireUserWithPermission(request, context, 'update:indicator-setting');
  const values = await readForm(request);
  return formCommand({
    services: context.services,
    locale: actor.locale,
    values,
    target: values.provinceCode,
    schema: reoffendingSwitchSchema,
    run: (tx, input) => setReoffending(tx, actor, input),
    done: ({ province, enabled }) => ({
      key: enabled ? 'reoffending.changedOn' : 'reoffending.changedOff',
      vars: { province: province.name },
    }),
  });
}

export default function ReoffendingSwitches() {
  const { provinces } = useLoaderData<typeof loader>();
  const result = useActionData<FormActionData>();
  const navigation = useNavigation();
  const t = useT();
  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/admin/plans">
        {t('plans.back')}
      </Anchor>
      <Title order={1}>{t('reoffending.title')}</Title>
      <Text>{t('reoffending.intro')}</Text>
      {result?.ok ? (
        <Alert color="teal" role="status">
          {result.message}
        </Alert>
      ) : result?.formError ? (
        <Alert color="red" role="alert">
          {[result.formError, ...Object.values(result.fields ?? {})].join(' ')}
        </Alert>
      ) : null}
      <ScrollTable label={t('reoffending.title')} minWidth={420}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('reoffending.province')}</Table.Th>
              <Table.Th>{t('reoffending.state')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {provinces.map((province) => (
              <Table.Tr key={province.code}>
                <Table.Td>{province.name}</Table.Td>
                <Table.Td>
                  <Badge color={province.enabled ? 'teal' : 'gray'} variant="light">
                    {t(province.enabled ? 'reoffending.on' : 'reoffending.off')}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Form method="post">
                    <input type="hidden" name="provinceCode" value={province.code} />
                    <input type="hidden" name="enabled" value={province.enabled ? 'off' : 'on'} />
                    <Button
                      type="submit"
                      size="xs"
                      variant="default"
                      loading={navigation.state === 'submitting' && navigation.formData?.get('provinceCode') === province.code}
                      aria-label={t(province.enabled ? 'reoffending.switchOffFor' : 'reoffending.switchOnFor', { province: province.name })}
                    >
                      {t(province.enabled ? 'reoffending.switchOff' : 'reoffending.switchOn')}
                    </Button>
                  </Form>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
    </Stack>
  );
}
