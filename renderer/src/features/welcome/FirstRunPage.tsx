// First run: the user's name and title, used to sign protocol extracts and in the change log.
import { Button, Field, Input } from '@fluentui/react-components';
import { useRef, useState, type FormEvent } from 'react';
import { commonText } from '../../../../shared/i18n/sv/ui-common.ts';
import { welcomeText } from '../../../../shared/i18n/sv/ui-welcome.ts';
import { call } from '../../api/client.ts';
import { ErrorBar } from '../../components/ErrorBar.tsx';
import { useFocusFirstInvalid } from '../../components/useFocusFirstInvalid.ts';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useSave } from '../../components/useSave.ts';
import { useAppStore } from '../../state/appStore.ts';
import { useWelcomeStyles } from './styles.ts';

const fields = ['name', 'title'] as const;
const t = welcomeText.firstRun;

export function FirstRunPage() {
  const styles = useWelcomeStyles();
  useDocumentTitle(t.pageTitle);
  const setUser = useAppStore((s) => s.setUser);
  const [name, setName] = useState('');
  const [title, setTitle] = useState('');
  const save = useSave(fields);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(formRef, save.errorVersion);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save.run(
      () => call('user.set', { name, title }),
      (user) => setUser(user),
    );
  };

  return (
    <main className={styles.page}>
      <div className={styles.panel}>
        <p className={styles.appName}>{commonText.appName}</p>
        <h1 className={styles.h1}>{t.heading}</h1>
        <p className={styles.text}>{t.intro}</p>
        <p className={styles.text}>{t.why}</p>
        <form ref={formRef} className={styles.form} onSubmit={submit} noValidate>
          <ErrorBar error={save.barError} issues={save.barIssues} />
          <Field label={t.name} hint={t.nameHint} required validationMessage={save.field('name')}>
            <Input value={name} onChange={(_e, d) => setName(d.value)} autoComplete="name" autoFocus />
          </Field>
          <Field label={t.title} hint={t.titleHint} required validationMessage={save.field('title')}>
            <Input value={title} onChange={(_e, d) => setTitle(d.value)} autoComplete="organization-title" />
          </Field>
          <div className={styles.actions}>
            <Button type="submit" appearance="primary" disabledFocusable={save.busy}>
              {save.busy ? commonText.saving : t.submit}
            </Button>
            <span className={styles.text}>{t.changeLater}</span>
          </div>
        </form>
      </div>
    </main>
  );
}
