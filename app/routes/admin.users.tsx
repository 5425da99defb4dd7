// Administrators manage accounts: create staff accounts, assign counsellors and organisers to a
// province, disable (signs the person out everywhere) and enable accounts, and reset a staff or
// employer password (a link, a confirmation the server renders, then a one-time code shown once).
import '#app/styles/forms.css';
import '#app/styles/data.css';
import { pageTitle } from '#app/i18n/page-title.ts';
import {
  Alert,
  Anchor,
  Badge,
  Code,
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
import { Form, Link, useActionData, useLoaderData, useLocation, useNavigation } from '@remix-run/react';
import { ScrollTable } from '#app/components/ScrollTable.tsx';
import { Pager } from '#app/components/Pager.tsx';
import { formatDateTime, formatNumber } from '#lib/format.ts';
import { useLocale, useT } from '#app/i18n/use-t.ts';
import { listProvinces } from '#app/services/reference/queries.server.ts';
import type { FormActionData } from '#app/adapters/form-data.ts';
import { formCommand, invalid, parseFilter, queryValues, readForm } from '#app/adapters/form.server.ts';
import { translate } from '#app/i18n/i18n.ts';
import { requireUserWithPermission } from '#app/adapters/session.server.ts';
import { assignProvince, createStaffAccount, setDisabled } from '#app/services/accounts/commands.server.ts';
import { listUsers } from '#app/services/accounts/queries.server.ts';
import { resetAccountPassword } from '#app/services/accounts/resets.server.ts';
import { provinceRoles, staffRoles } from '#app/services/accounts/rules.ts';
import {
  assignProvinceSchema,
  createStaffSchema,
  listUsersSchema,
  resetAccountSchema,
  setDisabledSchema,
} from '#app/services/accounts/schemas.ts';
import { can } from '#app/services/authorize.ts';
import { roles } from '#db/enums.ts';

export const meta: MetaFunction = () => pageTitle('Quản lý tài khoản');

export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = await requireUserWithPermission(request, context, 'read:user');
  const { data: filter, fields: badFilter } = parseFilter(listUsersSchema, queryValues(new URL(request.url)), actor.locale);
  const [list, provinces] = await Promise.all([listUsers(context.services.db, actor, filter), listProvinces(context.services.db)]);
  // A person of a caseload gets a new sign-in from their counsellor; one's own password, by e-mail.
  const rows = list.rows.map((row) => ({ ...row, resettable: row.id !== actor.id && !can(row, 'read:returnee:own') }));
  return { ...list, rows, filter, badFilter: Object.keys(badFilter).length ? badFilter : null, provinces };
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
  if (intent === 'reset') {
    return formCommand({
      ...common,
      target,
      schema: resetAccountSchema,
      run: (tx, input) => resetAccountPassword(tx, actor, input),
      done: ({ user, oneTimeCode }) => ({ key: 'users.resetDone', vars: { name: user.fullName }, extra: { secret: oneTimeCode } }),
    });
  }
  return invalid(actor.locale, { intent: translate(actor.locale, 'validation.invalid') }, values, { target });
}

/** The one-time code of a reset, shown once, to be handed over to the right person. */
function NewCode({ code }: { code: string }) {
  const t = useT();
  return (
    <Stack gap={4} mt="xs">
      <Text fw={600}>
        {t('reset.code.label')}{' '}
        <Code fz="xl" aria-label={code.split('').join(' ')}>
          {code}
        </Code>
      </Text>
      <Text size="sm">{t('reset.code.once')}</Text>
    </Stack>
  );
}

/** "Reset password" for one account: a link to the confirmation, then the confirming form. */
function ResetPassword({ user }: { user: { id: string; fullName: string } }) {
  const t = useT();
  const location = useLocation();
  const params = new URLSearchParams(location.search);
  const confirming = params.get('reset') === user.id;
  params.delete('reset');
  const back = `${location.pathname}${params.size ? `?${params}` : ''}`;
  if (!confirming) {
    params.set('reset', user.id);
    return (
      <Anchor component={Link} to={`?${params}`} preventScrollReset size="sm" aria-label={`${t('users.reset')}: ${user.fullName}`}>
        {t('users.reset')}
      </Anchor>
    );
  }
  return (
    <Form method="post" action={back}>
      <input type="hidden" name="userId" value={user.id} />
      <Stack gap={4}>
        <Text size="sm">{t('users.resetConfirm', { name: user.fullName })}</Text>
        <Group gap="xs">
          <Button type="submit" name="intent" value="reset" size="sm" color="orange">
            {t('users.resetYes')}
          </Button>
          <Anchor component={Link} to={back} size="sm">
            {t('common.cancel')}
          </Anchor>
        </Group>
      </Stack>
    </Form>
  );
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
  const { rows, total, page, pages, filter, badFilter, provinces } = useLoaderData<typeof loader>();
  const actionData = useActionData<FormActionData>();
  const t = useT();
  const locale = useLocale();
  return (
    <Stack gap="lg">
      <Title order={1}>{t('users.title')}</Title>
      <CreateStaffForm provinces={provinces} />
      <Form method="get" role="search">
        <Group align="end">
          <TextInput
            name="q"
            label={t('users.search')}
            defaultValue={filter.q ?? ''}
            error={badFilter?.q}
            style={{ flex: 1, minWidth: 200 }}
          />
          <NativeSelect
            name="role"
            label={t('users.filterRole')}
            defaultValue={filter.role ?? ''}
            error={badFilter?.role}
            data={[{ value: '', label: t('users.allRoles') }, ...roles.map((r) => ({ value: r, label: t(`role.${r}`) }))]}
          />
          <Button type="submit" variant="light">
            {t('common.search')}
          </Button>
        </Group>
      </Form>
      {badFilter ? (
        <Alert color="orange" role="alert" title={t('caseload.filter.invalid')}>
          {badFilter.page ? `${badFilter.page} ` : null}
          {t('caseload.filter.othersApplied')}
        </Alert>
      ) : null}
      {actionData && actionData.target !== 'create' ? (
        <Alert color={actionData.ok ? 'teal' : 'red'} role={actionData.ok ? 'status' : 'alert'}>
          {actionData.ok ? actionData.message : (actionData.formError ?? Object.values(actionData.fields ?? {}).join(' '))}
          {actionData.ok && actionData.secret ? <NewCode code={actionData.secret} /> : null}
        </Alert>
      ) : null}
      <Text c="dimmed">{t('users.total', { count: formatNumber(locale, total) })}</Text>
      {rows.length === 0 ? (
        <Text>{t('users.empty')}</Text>
      ) : (
        <ScrollTable label={t('users.title')} minWidth={760}>
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
                    {u.resettable ? <ResetPassword user={u} /> : null}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
      <Pager page={page} pages={pages} />
    </Stack>
  );
}
