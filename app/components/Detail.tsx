// One labelled fact in a description list (<dl>): the label above, the value below, long values
// wrapped anywhere so a phone screen never scrolls sideways; a dash when there is no value. Plain
// elements (plain.module.css): pages hold many of them.
import type { ReactNode } from 'react';
import css from './plain.module.css';

export function Detail({ label, children, strong }: { label: string; children: ReactNode; strong?: boolean }) {
  return (
    <div>
      <dt className={css.term}>{label}</dt>
      <dd className={`${css.value}${strong ? ` ${css.strong}` : ''}`}>{children || '—'}</dd>
    </div>
  );
}
