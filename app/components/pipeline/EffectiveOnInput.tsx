// The day a step happened, beside the forms that record one ("Ngày thực hiện"): today unless the
// counsellor records it later (from paper, after a fair); never after today.
import '#app/styles/forms.css';
import { TextInput } from '@mantine/core';
import { vietnamDate } from '#lib/dates.ts';
import { useT } from '#app/i18n/use-t.ts';

export function EffectiveOnInput({ value, error }: { value?: string; error?: string }) {
  const t = useT();
  const today = vietnamDate();
  return (
    <TextInput
      type="date"
      name="effectiveOn"
      label={t('pipeline.field.effectiveOn')}
      description={t('pipeline.field.effectiveOnHint')}
      defaultValue={value ?? today}
      max={today}
      error={error}
    />
  );
}
