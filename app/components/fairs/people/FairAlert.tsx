// The answer to a fair form in plain elements (a returnee's page stays light): success as a status,
// a refusal or a typing mistake as an alert; brought into view after the answer, as FormAlert does.
import { useEffect, useRef } from 'react';
import type { FormActionData } from '#app/adapters/form-data.ts';
import css from './fairs.module.css';

export function FairAlert({ result }: { result: FormActionData | undefined }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (result) ref.current?.scrollIntoView({ block: 'center' });
  }, [result]);
  if (!result) return null;
  if (result.ok && result.message) {
    return (
      <p ref={ref} role="status" className={`${css.alert} ${css.ok}`}>
        {result.message}
      </p>
    );
  }
  if (!result.formError) return null;
  const fields = Object.values(result.fields ?? {});
  return (
    <div ref={ref} role="alert" className={`${css.alert} ${css.problem}`}>
      <p className={css.lead}>{result.formError}</p>
      {fields.length ? (
        <ul>
          {fields.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
