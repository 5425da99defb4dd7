// A message box (a form's answer, a note on the page) in a Mantine colour's light shades, drawn as a
// plain element: the pages a jobseeker uses carry it without Mantine's Alert (their weight budget).
import { forwardRef, type CSSProperties, type ReactNode } from 'react';
import classes from './Notice.module.css';

type NoticeProps = {
  color: 'teal' | 'red' | 'orange' | 'yellow' | 'gray';
  /** 'alert' for what went wrong (read out at once), 'status' for what went right; none for a standing note. */
  role?: 'alert' | 'status';
  title?: ReactNode;
  children: ReactNode;
};

export const Notice = forwardRef<HTMLDivElement, NoticeProps>(function Notice({ color, role, title, children }, ref) {
  const colours = {
    '--notice-background': `var(--mantine-color-${color}-light)`,
    '--notice-title': `var(--mantine-color-${color}-light-color)`,
  } as CSSProperties;
  return (
    <div ref={ref} role={role} className={classes.notice} style={colours}>
      {title ? <strong className={classes.title}>{title}</strong> : null}
      <div>{children}</div>
    </div>
  );
});
