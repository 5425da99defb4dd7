// A checkbox with its label (and an optional hint), as the browser draws it in the theme's colour:
// for the pages a jobseeker uses, where Mantine's Checkbox would add ~3 KB of script for the same
// box. Works before the JavaScript arrives, like any native control.
import { useId } from 'react';
import classes from './CheckboxField.module.css';

type Props = {
  name: string;
  label: React.ReactNode;
  value?: string;
  defaultChecked?: boolean;
  description?: string;
};

export function CheckboxField({ name, label, value, defaultChecked, description }: Props) {
  const id = useId();
  return (
    <div className={classes.field}>
      <input
        id={id}
        type="checkbox"
        name={name}
        value={value}
        defaultChecked={defaultChecked}
        className={classes.box}
        aria-describedby={description ? `${id}-hint` : undefined}
      />
      <label htmlFor={id} className={classes.label}>
        {label}
        {description ? (
          <span id={`${id}-hint`} className={classes.hint}>
            {description}
          </span>
        ) : null}
      </label>
    </div>
  );
}
