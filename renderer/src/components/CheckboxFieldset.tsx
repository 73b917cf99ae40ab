// A labelled group of checkboxes (a fieldset with a legend), with one message for the group
// when the choice is invalid. Fluent's Field labels a single control, so groups use this.
import { Checkbox, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactElement, Ref } from 'react';

const useStyles = makeStyles({
  fieldset: { border: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '2px', minWidth: 0 },
  legend: { padding: 0, marginBottom: '4px', fontWeight: tokens.fontWeightSemibold },
  scroll: { maxHeight: '40vh', overflowY: 'auto' },
  message: { margin: 0, color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200 },
});

export type CheckboxOption = { value: string; label: string | ReactElement };

type Props = {
  id: string;
  legend: string;
  options: readonly CheckboxOption[];
  checked: ReadonlySet<string>;
  onToggle(value: string, on: boolean): void;
  /** The message when the choice is invalid; marks every box invalid too. */
  message?: string;
  disabled?: boolean;
  /** Long lists scroll inside the group. */
  scroll?: boolean;
  firstRef?: Ref<HTMLInputElement>;
};

export function CheckboxFieldset({ id, legend, options, checked, onToggle, message, disabled, scroll, firstRef }: Props) {
  const styles = useStyles();
  const messageId = `${id}-message`;
  return (
    <>
      <fieldset className={styles.fieldset} aria-describedby={message ? messageId : undefined}>
        <legend className={styles.legend}>{legend}</legend>
        <div className={scroll ? styles.scroll : undefined}>
          {options.map((option, index) => (
            <Checkbox
              key={option.value}
              ref={index === 0 ? firstRef : undefined}
              label={option.label}
              checked={checked.has(option.value)}
              disabled={disabled}
              aria-invalid={message ? true : undefined}
              onChange={(_e, d) => onToggle(option.value, d.checked === true)}
            />
          ))}
        </div>
      </fieldset>
      {message && (
        <p id={messageId} role="alert" className={styles.message}>
          {message}
        </p>
      )}
    </>
  );
}
