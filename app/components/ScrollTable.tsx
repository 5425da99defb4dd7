// A wide table on a narrow screen: it scrolls sideways in a region a keyboard can reach (Tab, then
// the arrow keys) and a screen reader can name — without Mantine's ScrollArea and its script.
import classes from './ScrollTable.module.css';

export function ScrollTable({ label, minWidth, children }: { label: string; minWidth: number; children: React.ReactNode }) {
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrollable region must be reachable by keyboard (WCAG 2.1.1)
    <div className={classes.scroll} tabIndex={0} role="region" aria-label={label}>
      <div style={{ minWidth }}>{children}</div>
    </div>
  );
}
