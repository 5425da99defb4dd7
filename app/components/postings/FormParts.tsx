// Small pieces every employer and verification form uses: the alert above the form, submit buttons
// that show a loading state for the button pressed, and status badges.
import { Badge, Button, type ButtonProps } from '@mantine/core';
import { Notice } from '#app/components/shell/Notice.tsx';
import { useNavigation } from '@remix-run/react';
import { useEffect, useRef } from 'react';
import { useT } from '#app/i18n/use-t.ts';
import { type FormActionData } from '#app/adapters/form-data.ts';

/**
 * Success, a conflict (e.g. not verified yet) or "some fields need attention". After an answer,
 * the keyboard focus goes to the first field marked invalid, else the alert is scrolled into view
 * (the buttons that sent the form are often far below it, on a phone).
 */
export function FormAlert({ result }: { result: FormActionData | undefined }) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!result) return;
    const invalid = document.querySelector<HTMLElement>('main [aria-invalid="true"]');
    if (invalid) invalid.focus();
    else ref.current?.scrollIntoView({ block: 'center' });
  }, [result]);
  if (!result) return null;
  if (result.ok && result.message) {
    return (
      <Notice ref={ref} color="teal" role="status">
        {result.message}
      </Notice>
    );
  }
  if (!result.formError) return null;
  return (
    <Notice
      ref={ref}
      color={result.conflict ? 'orange' : 'red'}
      role="alert"
      title={result.conflict ? t('postingForm.notDone') : undefined}
    >
      {result.formError}
    </Notice>
  );
}

/**
 * A submit button carrying `intent`; it alone shows the spinner while its form is sent (`scope`
 * tells apart the same button in several forms on one page, e.g. one per organisation).
 */
export function IntentButton({
  intent,
  scope,
  children,
  ...props
}: ButtonProps & { intent: string; scope?: { name: string; value: string }; children: React.ReactNode; 'aria-label'?: string }) {
  const navigation = useNavigation();
  const busy =
    navigation.state === 'submitting' &&
    navigation.formData?.get('intent') === intent &&
    (!scope || navigation.formData?.get(scope.name) === scope.value);
  return (
    <Button type="submit" name="intent" value={intent} loading={busy} {...props}>
      {children}
    </Button>
  );
}

const postingColors = { draft: 'gray', open: 'teal', closed: 'red', filled: 'blue' } as const;

export function JobStatusBadge({ status }: { status: keyof typeof postingColors }) {
  const t = useT();
  return <Badge color={postingColors[status]}>{t(`job.status.${status}`)}</Badge>;
}

export function TrainingStatusBadge({ status }: { status: 'draft' | 'open' | 'closed' }) {
  const t = useT();
  return <Badge color={postingColors[status]}>{t(`training.status.${status}`)}</Badge>;
}

const verificationColors = { verified: 'teal', pending: 'yellow', refused: 'red' } as const;

export function VerificationBadge({ status }: { status: keyof typeof verificationColors }) {
  const t = useT();
  return <Badge color={verificationColors[status]}>{t(`home.employer.${status}`)}</Badge>;
}
