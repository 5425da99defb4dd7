// Administrators create API tokens (shown once, stored hashed) and revoke them: an account token
// for an integration acting as that account, or a statistics token that reads only the indicators
// of its area (a province or the country), always protected. The list says which kind each is.
import '#app/styles/forms.css';
import '#app/styles/data.css';
import { pageTitle } from '#app/i18n/page-title.ts';
import { Alert, Badge, Button, Code, Group, NativeSelect, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Form, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { ScrollTable } from '#app/components/ScrollTable.tsx';
import type { FormActionData } from '#app/adapters/form-data.ts';
import { formCommand, readForm } from '#app/adapters/form.server.ts';
import { requireUserWithPermission } from '#app/adapters/session.server.ts';
import { useLocale, useT } from '#app/i18n/use-t.ts';
import { createApiToken, createStatisticsToken, revokeApiToken } from '#app/services/accounts/commands.server.ts';
import { apiTokenOverview } from '#app/services/accounts/queries.server.ts';
import { createApiTokenSchema, createStatisticsTokenSchema, revokeApiTokenSchema } from '#app/services/accounts/schemas.ts';
import { listProvinces } from '#app/services/reference/queries.server.ts';
import { formatDateTime } from '#lib/format.ts';

export const meta: MetaFunction = () => pageTitle('Khóa API');

export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = await requireUserWithPermission(request, context, 'create:api-token');
  const [overview, provinces] = await Promise.all([apiTokenOverview(context.services.db, actor), listProvinces(context.services.db)]);
  return { ...overview, provinces };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const actor = await requireUserWithPermission(request, context, 'create:api-token');
  const values = await readForm(request);
  const common = { services: context.services, locale: actor.locale, values };
  if (values.intent === 'revoke') {
    return formCommand({
      ...common,
      target: 'revoke',
      schema: revokeApiTokenSchema,
      run: (tx, input) => revokeApiToken(tx, actor, input),
      done: () => 'tokens.revoked',
    });
  }
  if (values.intent === 'statistics') {
    return formCommand({
      ...common,
      target: 'statistics',
      schema: createStatisticsTokenSchema,
      run: (tx, input) => createStatisticsToken(tx, actor, input),
      done: ({ token }) => ({ key: 'tokens.createdOnce', extra: { secret: token } }),
    });
  }
  return formCommand({
    ...common,
    target: 'create',
    schema: createApiTokenSchema,
    run: (tx, input) => createApiToken(tx, actor, input),
    done: ({ token }) => ({ key: 'tokens.createdOnce', extra: { secret: token } }),
  });
}

export default function AdminTokens() {
  const { tokens, accounts, provinces } = useLoaderData<typeof loader>();
  const actionData = useActionData<FormActionData>();
  const navigation = useNavigation();
  const t = useT();
  const locale = useLocale();
  const fieldsOf = (target: string) => (actionData?.target === target ? (actionData.fields ?? {}) : {});
  const valuesOf = (target: string) => (actionData?.target === target ? (actionData.values ?? {}) : {});
  return (
    <Stack gap="lg">
      <Title order={1}>{t('tokens.title')}</Title>
      <Text>{t('tokens.intro')}</Text>
      {actionData?.secret ? (
        <Alert color="teal" role="status" title={t('tokens.createdOnce')}>
          <Code block data-testid="new-token">
            {actionData.secret}
          </Code>
        </Alert>
      ) : null}
      {actionData?.formError ? (
        <Alert color="red" role="alert">
          {actionData.message}
        </Alert>
      ) : null}
      <Paper withBorder p="md" component="section" aria-labelledby="account-token">
        <Form method="post" noValidate>
          <Stack gap="xs">
            <Title order={2} size="h4" id="account-token">
              {t('tokens.accountTitle')}
            </Title>
            <Text size="sm">{t('tokens.accountHint')}</Text>
            <input type="hidden" name="intent" value="create" />
            <Group align="end">
              <TextInput
                name="name"
                label={t('tokens.name')}
                required
                defaultValue={valuesOf('create').name ?? ''}
                error={fieldsOf('create').name}
                style={{ flex: 1, minWidth: 180 }}
              />
              <NativeSelect
                name="userId"
                label={t('tokens.user')}
                defaultValue={valuesOf('create').userId}
                error={fieldsOf('create').userId}
                data={accounts.map((a) => ({ value: a.id, label: `${a.fullName} (${a.email ?? a.phone})` }))}
              />
              <Button type="submit" loading={navigation.state === 'submitting' && navigation.formData?.get('intent') === 'create'}>
                {t('tokens.create')}
              </Button>
            </Group>
          </Stack>
        </Form>
      </Paper>
      <Paper withBorder p="md" component="section" aria-labelledby="statistics-token">
        <Form method="post" noValidate>
          <Stack gap="xs">
            <Title order={2} size="h4" id="statistics-token">
              {t('tokens.statisticsTitle')}
            </Title>
            <Text size="sm">{t('tokens.statisticsHint')}</Text>
            <input type="hidden" name="intent" value="statistics" />
            <Group align="end">
              <TextInput
                name="name"
                label={t('tokens.name')}
                required
                defaultValue={valuesOf('statistics').name ?? ''}
                error={fieldsOf('statistics').name}
                style={{ flex: 1, minWidth: 180 }}
              />
              <NativeSelect
                name="area"
                label={t('tokens.area')}
                defaultValue={valuesOf('statistics').area ?? 'country'}
                error={fieldsOf('statistics').area}
                data={[{ value: 'country', label: t('tokens.country') }, ...provinces.map((p) => ({ value: p.code, label: p.name }))]}
              />
              <Button type="submit" loading={navigation.state === 'submitting' && navigation.formData?.get('intent') === 'statistics'}>
                {t('tokens.createStatistics')}
              </Button>
            </Group>
          </Stack>
        </Form>
      </Paper>
      {tokens.length === 0 ? (
        <Text c="dimmed">{t('tokens.empty')}</Text>
      ) : (
        <ScrollTable label={t('tokens.title')} minWidth={640}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('tokens.name')}</Table.Th>
                <Table.Th>{t('tokens.kind')}</Table.Th>
                <Table.Th>
                  {t('tokens.user')} / {t('tokens.area')}
                </Table.Th>
                <Table.Th>{t('tokens.created')}</Table.Th>
                <Table.Th>{t('tokens.lastUsed')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {tokens.map((token) => (
                <Table.Tr key={token.id}>
                  <Table.Td>
                    {token.name} <Code>{token.tokenPrefix}…</Code>
                  </Table.Td>
                  <Table.Td>{t(`tokens.kind.${token.kind}`)}</Table.Td>
                  <Table.Td>{token.kind === 'statistics' ? (token.provinceName ?? t('tokens.country')) : token.userName}</Table.Td>
                  <Table.Td>{formatDateTime(locale, token.createdAt)}</Table.Td>
                  <Table.Td>{token.lastUsedAt ? formatDateTime(locale, token.lastUsedAt) : t('tokens.never')}</Table.Td>
                  <Table.Td>
                    {token.revokedAt ? (
                      <Badge color="gray">{t('tokens.revoked')}</Badge>
                    ) : (
                      <Form method="post">
                        <input type="hidden" name="intent" value="revoke" />
                        <input type="hidden" name="tokenId" value={token.id} />
                        <Button type="submit" size="xs" color="red" variant="light" aria-label={`${t('tokens.revoke')}: ${token.name}`}>
                          {t('tokens.revoke')}
                        </Button>
                      </Form>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
    </Stack>
  );
}
