// Administrators create API tokens for integrations (shown once, stored hashed) and revoke them.
import { pageTitle } from '#app/i18n/page-title.ts';
import { Alert, Badge, Button, Code, Group, NativeSelect, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { asc, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { translate } from '#app/i18n/i18n.ts';
import { formatDateTime } from '#lib/format.ts';
import { useLocale, useT } from '#app/i18n/use-t.ts';
import { audit } from '#app/services/audit.server.ts';
import { createApiToken, createApiTokenSchema, listApiTokens, requirePermission, revokeApiToken } from '#app/services/auth.server.ts';
import { parseWith, type FieldErrors } from '#app/services/http.server.ts';
import { users } from '#db/schema.ts';

export const meta: MetaFunction = () => pageTitle('Khóa API');

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requirePermission(request, context, 'create:api-token:any');
  const { db } = context.services;
  const [tokens, accounts] = await Promise.all([
    listApiTokens(db),
    db
      .select({ id: users.id, fullName: users.fullName, email: users.email, phone: users.phone })
      .from(users)
      .where(isNull(users.disabledAt))
      .orderBy(asc(users.fullName)),
  ]);
  return { tokens, accounts };
}

type ActionData = { ok: boolean; token?: string; fields?: FieldErrors; message?: string };

export async function action({ request, context }: ActionFunctionArgs) {
  const actor = await requirePermission(request, context, 'create:api-token:any');
  const { db } = context.services;
  const form = Object.fromEntries(await request.formData());
  if (form.intent === 'revoke') {
    const id = z.uuid().safeParse(form.tokenId);
    const revoked = id.success ? await revokeApiToken(db, id.data) : null;
    if (!revoked) return data<ActionData>({ ok: false, message: translate(actor.locale, 'validation.invalid') }, { status: 400 });
    await audit(db, { actorUserId: actor.id, action: 'revoke', entityType: 'api_token', entityId: revoked.id });
    return { ok: true } satisfies ActionData;
  }
  const parsed = parseWith(createApiTokenSchema, form, actor.locale);
  if (!parsed.ok) {
    return data<ActionData>({ ok: false, fields: parsed.fields, message: translate(actor.locale, 'validation.invalid') }, { status: 400 });
  }
  const { token, row } = await createApiToken(db, { ...parsed.data, createdById: actor.id });
  await audit(db, { actorUserId: actor.id, action: 'create', entityType: 'api_token', entityId: row.id, details: { userId: row.userId } });
  return { ok: true, token } satisfies ActionData;
}

export default function AdminTokens() {
  const { tokens, accounts } = useLoaderData<typeof loader>();
  const actionData = useActionData<ActionData>();
  const navigation = useNavigation();
  const t = useT();
  const locale = useLocale();
  return (
    <Stack gap="lg">
      <Title order={1}>{t('tokens.title')}</Title>
      <Text>{t('tokens.intro')}</Text>
      {actionData?.token ? (
        <Alert color="teal" role="status" title={t('tokens.createdOnce')}>
          <Code block data-testid="new-token">
            {actionData.token}
          </Code>
        </Alert>
      ) : null}
      {actionData && !actionData.ok ? (
        <Alert color="red" role="alert">
          {actionData.message}
        </Alert>
      ) : null}
      <Paper withBorder p="md">
        <Form method="post" noValidate>
          <input type="hidden" name="intent" value="create" />
          <Group align="end">
            <TextInput name="name" label={t('tokens.name')} required error={actionData?.fields?.name} style={{ flex: 1, minWidth: 180 }} />
            <NativeSelect
              name="userId"
              label={t('tokens.user')}
              error={actionData?.fields?.userId}
              data={accounts.map((a) => ({ value: a.id, label: `${a.fullName} (${a.email ?? a.phone})` }))}
            />
            <Button type="submit" loading={navigation.state === 'submitting'}>
              {t('tokens.create')}
            </Button>
          </Group>
        </Form>
      </Paper>
      {tokens.length === 0 ? (
        <Text c="dimmed">{t('tokens.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('tokens.name')}</Table.Th>
                <Table.Th>{t('tokens.user')}</Table.Th>
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
                  <Table.Td>{token.userName}</Table.Td>
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
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
