// The group's follow-up settings: after how many meetings without progress an action needs a
// choice, and after how many months an untreated mandate or goal is flagged. Saved through
// groups.update; the core's validation messages show next to the fields.
import { Button, makeStyles } from '@fluentui/react-components';
import { useRef, useState, type FormEvent } from 'react';
import type { Group } from '../../../../shared/contract/index.ts';
import { commonText } from '../../../../shared/i18n/sv/ui-common.ts';
import { registerText } from '../../../../shared/i18n/sv/ui-register.ts';
import { call } from '../../api/client.ts';
import { ErrorBar } from '../../components/ErrorBar.tsx';
import { TextField } from '../../components/FormFields.tsx';
import { useFocusFirstInvalid } from '../../components/useFocusFirstInvalid.ts';
import { useForm } from '../../components/useForm.ts';
import { useSettingsStyles } from './settingsStyles.ts';

const t = registerText.settings;

const useStyles = makeStyles({
  form: { display: 'flex', gap: '12px', flexWrap: 'wrap', alignItems: 'flex-start' },
  field: { flex: '0 1 24em' },
});

/** Digits only; anything else goes to the API as "not a number", whose message says what to write. */
const toNumber = (text: string): number => (/^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN);

export function FollowUpSettingsSection({ group }: { group: Group }) {
  const styles = useStyles();
  const settings = useSettingsStyles();
  const form = useForm({ staleAfterCarries: String(group.staleAfterCarries), coverageWarningMonths: String(group.coverageWarningMonths) });
  const [saved, setSaved] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, form.errorVersion);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (form.busy) return;
    setSaved(false);
    const input = {
      id: group.id,
      staleAfterCarries: toNumber(form.values.staleAfterCarries),
      coverageWarningMonths: toNumber(form.values.coverageWarningMonths),
    };
    void form.run(
      () => call('groups.update', input),
      (updated) => {
        form.set('staleAfterCarries', String(updated.staleAfterCarries));
        form.set('coverageWarningMonths', String(updated.coverageWarningMonths));
        setSaved(true);
      },
    );
  };

  return (
    <section className={settings.part} aria-labelledby="group-follow-up-settings">
      <h3 id="group-follow-up-settings" className={settings.h3}>
        {t.heading}
      </h3>
      <p className={settings.text}>{t.intro}</p>
      <form ref={formRef} aria-label={t.formLabel} className={settings.part} onSubmit={submit} noValidate>
        <ErrorBar error={form.barError} issues={form.barIssues} />
        <div className={styles.form}>
          <div className={styles.field}>
            <TextField label={t.staleAfterCarries} hint={t.staleAfterCarriesHint} required {...form.bind('staleAfterCarries')} />
          </div>
          <div className={styles.field}>
            <TextField label={t.coverageWarningMonths} hint={t.coverageWarningMonthsHint} required {...form.bind('coverageWarningMonths')} />
          </div>
        </div>
        <div>
          <Button type="submit" appearance="primary" disabledFocusable={form.busy}>
            {form.busy ? commonText.saving : t.submit}
          </Button>
        </div>
        <p role="status" className={settings.text}>
          {saved ? t.saved : ''}
        </p>
      </form>
    </section>
  );
}
