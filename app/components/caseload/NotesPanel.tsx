// Counselling notes on the counsellor's page of a person: the form to add a dated contact and the
// notes, newest contact first.
import '#app/styles/forms.css';
import { Button, Divider, Paper, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { Form } from '@remix-run/react';
import { useState } from 'react';
import { useLocale, useT } from '#app/i18n/use-t.ts';
import { FormAlert, IntentButton } from '#app/components/postings/FormParts.tsx';
import { formatDay } from '#lib/format.ts';
import type { CaseActionData } from './types.ts';

type Note = { id: string; contactDate: string; text: string; author: string | null };

const shown = 10;

export function NotesPanel({ notes, today, result }: { notes: Note[]; today: string; result?: CaseActionData }) {
  const t = useT();
  const locale = useLocale();
  const [all, setAll] = useState(false);
  const mine = result?.target === 'note' ? result : undefined;
  const failed = mine && !mine.ok ? mine : undefined;
  return (
    <Paper withBorder p={{ base: 'sm', sm: 'md' }} component="section" aria-labelledby="notes-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="notes-title">
          {t('caseload.section.notes')}
        </Title>
        <FormAlert result={mine} />
        {/* A fresh form after each note saved. */}
        <Form method="post" key={mine?.ok ? `saved-${notes.length}` : 'note'}>
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <TextInput
                name="contactDate"
                type="date"
                label={t('caseload.notes.contactDate')}
                max={today}
                required
                defaultValue={failed?.values?.contactDate ?? today}
                error={failed?.fields?.contactDate}
              />
            </SimpleGrid>
            <Textarea
              name="text"
              label={t('caseload.notes.text')}
              description={t('caseload.notes.textHint')}
              required
              autosize
              minRows={3}
              maxLength={2000}
              defaultValue={failed?.values?.text ?? ''}
              error={failed?.fields?.text}
            />
            <div>
              <IntentButton intent="note">{t('caseload.notes.add')}</IntentButton>
            </div>
          </Stack>
        </Form>
        <Divider />
        {notes.length === 0 ? (
          <Text c="dimmed">{t('caseload.notes.empty')}</Text>
        ) : (
          <Stack gap="sm" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {(all ? notes : notes.slice(0, shown)).map((n) => (
              <li key={n.id}>
                <Text size="sm" fw={600}>
                  {formatDay(locale, n.contactDate)}
                  {n.author ? ` · ${n.author}` : ''}
                </Text>
                <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{n.text}</Text>
              </li>
            ))}
          </Stack>
        )}
        {!all && notes.length > shown ? (
          <div>
            <Button variant="subtle" size="compact-sm" onClick={() => setAll(true)}>
              {t('caseload.notes.showAll', { count: notes.length })}
            </Button>
          </div>
        ) : null}
      </Stack>
    </Paper>
  );
}
