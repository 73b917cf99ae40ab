// Labelled form fields bound to a form value (see useForm): the message of an invalid value
// shows under the field and names it for screen readers.
import { Field, Input, Select } from '@fluentui/react-components';
import type { FieldBinding } from './useForm.ts';

type Labels = { label: string; hint?: string; required?: boolean };

type TextFieldProps = Labels & FieldBinding<string> & { type?: 'text' | 'email' | 'tel'; placeholder?: string };

export function TextField({ label, hint, required, validationMessage, value, onChange, type = 'text', placeholder }: TextFieldProps) {
  return (
    <Field label={label} hint={hint} required={required} validationMessage={validationMessage}>
      <Input type={type} value={value} onChange={(_e, d) => onChange(d.value)} placeholder={placeholder} />
    </Field>
  );
}

export type Choice<V extends string> = { value: V; label: string };

/** The choices for a list of codes, each with its Swedish label. */
export function choicesOf<V extends string>(codes: readonly V[], labels: Record<V, string>): Choice<V>[] {
  return codes.map((code) => ({ value: code, label: labels[code] }));
}

type SelectFieldProps<V extends string> = Labels &
  FieldBinding<V> & {
    choices: readonly Choice<V>[];
    /** Text of a leading empty choice (value ''), for optional or not yet chosen values. */
    emptyChoice?: string;
  };

export function SelectField<V extends string>({ label, hint, required, validationMessage, value, onChange, choices, emptyChoice }: SelectFieldProps<V>) {
  return (
    <Field label={label} hint={hint} required={required} validationMessage={validationMessage}>
      <Select value={value} onChange={(_e, d) => onChange(d.value as V)}>
        {emptyChoice !== undefined && <option value="">{emptyChoice}</option>}
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </Select>
    </Field>
  );
}
