// Welcome: the database is empty — load demo data, or start empty (remembered, not asked again).
import { Button } from '@fluentui/react-components';
import { commonText } from '../../../../shared/i18n/sv/ui-common.ts';
import { welcomeText } from '../../../../shared/i18n/sv/ui-welcome.ts';
import { call } from '../../api/client.ts';
import { ErrorBar } from '../../components/ErrorBar.tsx';
import { useDocumentTitle } from '../../components/useDocumentTitle.ts';
import { useSave } from '../../components/useSave.ts';
import { useAppStore } from '../../state/appStore.ts';
import { useWelcomeStyles } from './styles.ts';

const t = welcomeText.welcome;

export function WelcomePage() {
  const styles = useWelcomeStyles();
  useDocumentTitle(t.pageTitle);
  const user = useAppStore((s) => s.status?.user);
  const loadStatus = useAppStore((s) => s.loadStatus);
  const chooseEmptyStart = useAppStore((s) => s.chooseEmptyStart);
  const demo = useSave();

  const loadDemo = () => {
    void demo.run(
      () => call('demo.load', {}),
      () => loadStatus(),
    );
  };

  return (
    <main className={styles.page}>
      <div className={`${styles.panel} ${styles.wide}`}>
        <p className={styles.appName}>{commonText.appName}</p>
        <h1 className={styles.h1}>{t.heading}</h1>
        {user && <p className={styles.text}>{t.greeting(user.name)}</p>}
        <p className={styles.text}>{t.intro}</p>
        <p className={styles.text}>{t.choose}</p>
        <ErrorBar error={demo.error} />
        <div className={styles.choices}>
          <section className={styles.choice} aria-labelledby="welcome-demo">
            <h2 id="welcome-demo" className={styles.h2}>
              {t.demoTitle}
            </h2>
            <p className={styles.grow}>{t.demoBody}</p>
            <Button appearance="primary" onClick={loadDemo} disabledFocusable={demo.busy}>
              {demo.busy ? t.demoLoading : t.demoButton}
            </Button>
          </section>
          <section className={styles.choice} aria-labelledby="welcome-empty">
            <h2 id="welcome-empty" className={styles.h2}>
              {t.emptyTitle}
            </h2>
            <p className={styles.grow}>{t.emptyBody}</p>
            <Button onClick={chooseEmptyStart} disabledFocusable={demo.busy}>
              {t.emptyButton}
            </Button>
          </section>
        </div>
      </div>
    </main>
  );
}
