// A text field that saves itself: debounced while typing, at once on blur. Its error (from the
// API, in Swedish) shows under the field; an identity-number warning shows right beside it.
import { Field, Input, MessageBar, MessageBarBody, Textarea } from '@fluentui/react-components';
import { useState, type Ref } from 'react';
import type { IdentityWarning, Result } from '../../../../../shared/contract/index.ts';
import { meetingText } from '../../../../../shared/i18n/sv/ui-meeting.ts';
import { useAutosave } from './useAutosave.ts';

type Props = {
  label: string;
  hint?: string;
  initial: string;
  multiline?: boolean;
  required?: boolean;
  /** Warnings as loaded; replaced by those each save returns. */
  warnings?: boolean;
  inputRef?: Ref<HTMLInputElement | HTMLTextAreaElement>;
  save(value: string): Promise<Result<{ identityWarnings?: IdentityWarning[] } | unknown>>;
  /** Which of the returned warnings are this field's. */
  warningField?: string;
};

export function hasWarning(warnings: readonly IdentityWarning[] | undefined, field: string): boolean {
  return !!warnings?.some((w) => w.field === field && w.matches.length > 0);
}

export function AutosaveField({ label, hint, initial, multiline, required, warnings, inputRef, save, warningField }: Props) {
  const [value, setValue] = useState(initial);
  const [warn, setWarn] = useState(!!warnings);
  const autosave = useAutosave<string>(async (next) => {
    const result = await save(next);
    if (result.ok && warningField) {
      const returned = (result.value as { identityWarnings?: IdentityWarning[] } | null)?.identityWarnings;
      setWarn(hasWarning(returned, warningField));
    }
    return result;
  });
  const message = autosave.state === 'error' ? autosave.error?.message : undefined;
  const change = (next: string) => {
    setValue(next);
    autosave.schedule(next);
  };
  const blur = () => void autosave.flush();
  return (
    <div>
    <Field label={label} hint={hint} required={required} validationMessage={message}>
      {multiline ? (
        <Textarea
          ref={inputRef as Ref<HTMLTextAreaElement>}
          value={value}
          resize="vertical"
          rows={3}
          onChange={(_e, d) => change(d.value)}
          onBlur={blur}
        />
      ) : (
        <Input ref={inputRef as Ref<HTMLInputElement>} value={value} onChange={(_e, d) => change(d.value)} onBlur={blur} />
      )}
    </Field>
      {warn && <IdentityWarningBar />}
    </div>
  );
}

export function IdentityWarningBar() {
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>{meetingText.item.identityWarning}</MessageBarBody>
    </MessageBar>
  );
}
