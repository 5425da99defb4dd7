// Administrators manage accounts: create staff accounts, assign counsellors and organisers to a
// province, disable (signs the person out everywhere) and enable accounts.
import '#app/styles/forms.css';
import '#app/styles/data.css';
import { pageTitle } from '#app/i18n/page-title.ts';
import {
  Alert,
  Badge,
  Button,
  Group,
  NativeSelect,
  Paper,
  PasswordInput,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Form, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { Pager } from '#app/components/Pager.tsx';
import { formatDateTime, formatNumber } from '#lib/format.ts';
import { useLocale, useT } from '#app/i18n/use-t.ts';
import { listProvinces } from '#app/services/reference/queries.server.ts';
import type { FormActionData } from '#app/adapters/form-data.ts';
import { formCommand, invalid, readForm } from '#app/adapters/form.server.ts';
import { translate } from '#app/i18n/i18n.ts';
import { requireUserWithPermission } from '#app/adapters/session.server.ts';
import { assignProvince, createStaffAccount, setDisabled } from '#app/services/accounts/commands.server.ts';
import { listUsers } from '#app/services/accounts/queries.server.ts';
import { provinceRoles, staffRoles } from '#app/services/accounts/rules.ts';
import { assignProvinceSchema, createStaffSchema, listUsersSchema, setDisabledSchema } from '#app/services/accounts/schemas.ts';
import { roles } from '#db/enums.ts';

export const meta: MetaFunction = () => pageTitle('Quản lý tài khoản');

export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = await requireUserWithPermission(request, context, 'read:user');
  const filter = listUsersSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const [list, provinces] = await Promise.all([listUsers(context.services.db, actor, filter), listProvinces(context.services.db)]);
  return { ...list, filter, provinces };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const actor = await requireUserWithPermission(request, context, 'update:user');
  const values = await readForm(request);
  const intent = values.intent ?? '';
  const common = { services: context.services, locale: actor.locale, values };
  if (intent === 'create') {
    return formCommand({
      ...common,
      target: 'create',
      schema: createStaffSchema,
      run: (tx, input) => createStaffAccount(tx, actor, input),
      done: (user) => ({ key: 'users.created', vars: { email: user.email ?? '' } }),
    });
  }
  const target = values.userId ?? '';
  if (intent === 'disable' || intent === 'enable') {
    return formCommand({
      ...common,
      target,
      schema: setDisabledSchema,
      input: { userId: values.userId, disabled: intent === 'disable' },
      run: (tx, input) => setDisabled(tx, actor, input),
      done: () => 'users.updated',
    });
  }
  if (intent === 'assign') {
    return formCommand({
      ...common,
      target,
      schema: assignProvinceSchema,
      run: (tx, input) => assignProvince(tx, actor, input),
      done: () => 'users.updated',
    });
  }
  return invalid(actor.locale, { intent: translate(actor.locale, 'validation.invalid') }, values, { target });
}

function CreateStaffForm({ provinces }: { provinces: { code: string; name: string }[] }) {
  const t = useT();
  const actionData = useActionData<FormActionData>();
  const navigation = useNavigation();
  const mine = actionData?.target === 'create' ? actionData : undefined;
  const submitting = navigation.state === 'submitting' && navigation.formData?.get('intent') === 'create';
  return (
    <Paper withBorder p="md">
      <Form method="post" noValidate key={mine?.ok ? 'reset' : 'form'}>
        <input type="hidden" name="intent" value="create" />
        <Stack>
          <Title order={2} size="h3">
            {t('users.create')}
          </Title>
          {mine?.ok ? (
            <Alert color="teal" role="status">
              {mine.message}
            </Alert>
          ) : null}
          {mine?.fields ? (
            <Alert color="red" role="alert">
              {mine.formError}
            </Alert>
          ) : null}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput name="fullName" label={t('users.fullName')} required error={mine?.fields?.fullName} />
            <TextInput name="email" type="email" label={t('users.email')} required error={mine?.fields?.email} />
            <NativeSelect
              name="role"
              label={t('users.role')}
              data={staffRoles.map((r) => ({ value: r, label: t(`role.${r}`) }))}
              defaultValue="counsellor"
              error={mine?.fields?.role}
            />
            <NativeSelect
              name="provinceCode"
              label={t('users.province')}
              data={[{ value: '', label: t('users.noProvince') }, ...provinces.map((p) => ({ value: p.code, label: p.name }))]}
              error={mine?.fields?.provinceCode}
            />
            <PasswordInput
              name="password"
              label={t('users.initialPassword')}
              required
              autoComplete="new-password"
              error={mine?.fields?.password}
            />
          </SimpleGrid>
          <Group>
            <Button type="submit" loading={submitting}>
              {t('users.create')}
            </Button>
          </Group>
        </Stack>
      </Form>
    </Paper>
  );
}

export default function AdminUsers() {
  const { rows, total, page, pages, filter, provinces } = useLoaderData<typeof loader>();
  const actionData = useActionData<FormActionData>();
  const t = useT();
  const locale = useLocale();
  return (
    <Stack gap="lg">
      <Title order={1}>{t('users.title')}</Title>
      <CreateStaffForm provinces={provinces} />
      <Form method="get" role="search">
        <Group align="end">
          <TextInput name="q" label={t('users.search')} defaultValue={filter.q ?? ''} style={{ flex: 1, minWidth: 200 }} />
          <NativeSelect
            name="role"
            label={t('users.filterRole')}
            defaultValue={filter.role ?? ''}
            data={[{ value: '', label: t('users.allRoles') }, ...roles.map((r) => ({ value: r, label: t(`role.${r}`) }))]}
          />
          <Button type="submit" variant="light">
            {t('common.search')}
          </Button>
        </Group>
      </Form>
      {actionData && actionData.target !== 'create' ? (
        <Alert color={actionData.ok ? 'teal' : 'red'} role={actionData.ok ? 'status' : 'alert'}>
          {actionData.ok ? actionData.message : Object.values(actionData.fields ?? {}).join(' ')}
        </Alert>
      ) : null}
      <Text c="dimmed">{t('users.total', { count: formatNumber(locale, total) })}</Text>
      {rows.length === 0 ? (
        <Text>{t('users.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table striped highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('users.fullName')}</Table.Th>
                <Table.Th>{t('users.role')}</Table.Th>
                <Table.Th>{t('users.province')}</Table.Th>
                <Table.Th>{t('users.status')}</Table.Th>
                <Table.Th>{t('users.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((u) => (
                <Table.Tr key={u.id}>
                  <Table.Td>
                    <Text fw={500}>{u.fullName}</Text>
                    <Text size="sm" c="dimmed">
                      {u.email ?? u.phone}
                    </Text>
                  </Table.Td>
                  <Table.Td>{t(`role.${u.role}`)}</Table.Td>
                  <Table.Td>
                    {provinceRoles.includes(u.role) ? (
                      <Form method="post">
                        <input type="hidden" name="intent" value="assign" />
                        <input type="hidden" name="userId" value={u.id} />
                        <Group gap="xs" wrap="nowrap">
                          <NativeSelect
                            name="provinceCode"
                            aria-label={`${t('users.province')}: ${u.fullName}`}
                            defaultValue={u.provinceCode ?? ''}
                            data={[
                              { value: '', label: t('users.noProvince') },
                              ...provinces.map((p) => ({ value: p.code, label: p.name })),
                            ]}
                            size="sm"
                          />
                          <Button type="submit" size="sm" variant="light">
                            {t('users.assign')}
                          </Button>
                        </Group>
                      </Form>
                    ) : (
                      (u.provinceName ?? '—')
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Badge color={u.disabledAt ? 'red' : 'teal'}>{u.disabledAt ? t('users.disabled') : t('users.active')}</Badge>
                    {u.lastSignInAt ? (
                      <Text size="xs" c="dimmed">
                        {formatDateTime(locale, u.lastSignInAt)}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td>
                    <Form method="post">
                      <input type="hidden" name="userId" value={u.id} />
                      <Button
                        type="submit"
                        name="intent"
                        value={u.disabledAt ? 'enable' : 'disable'}
                        size="sm"
                        variant="light"
                        color={u.disabledAt ? 'teal' : 'red'}
                        aria-label={`${u.disabledAt ? t('users.enable') : t('users.disable')}: ${u.fullName}`}
                      >
                        {u.disabledAt ? t('users.enable') : t('users.disable')}
                      </Button>
                    </Form>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Pager page={page} pages={pages} />
    </Stack>
  );
}
