// A badge in plain elements (see plain.module.css): for lists that repeat one on every item.
import css from './plain.module.css';

export type BadgeColour = 'gray' | 'primary' | 'orange' | 'grape' | 'blue' | 'teal' | 'red';

export function PlainBadge({ colour, large, children }: { colour: BadgeColour; large?: boolean; children: string }) {
  return (
    <span className={`${css.badge} ${css[colour]}${large ? ` ${css.large}` : ''}`} data-badge>
      {children}
    </span>
  );
}
