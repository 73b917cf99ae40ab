// Start-up gate: status → first run (name and title) → welcome (demo or empty) → the app.
import { Button, makeStyles, Spinner } from '@fluentui/react-components';
import { useEffect } from 'react';
import { HashRouter } from 'react-router';
import { commonText } from '../../../shared/i18n/sv/ui-common.ts';
import { ErrorBar } from '../components/ErrorBar.tsx';
import { useDocumentTitle } from '../components/useDocumentTitle.ts';
import { FirstRunPage } from '../features/welcome/FirstRunPage.tsx';
import { WelcomePage } from '../features/welcome/WelcomePage.tsx';
import { useAppStore } from '../state/appStore.ts';
import { AppRoutes } from './AppRoutes.tsx';

const useStyles = makeStyles({
  centre: { minHeight: '100%', display: 'flex', alignItems: 'center', justifyContent: 'center', padding: '24px' },
  failure: { maxWidth: '560px', display: 'flex', flexDirection: 'column', gap: '16px', alignItems: 'flex-start' },
});

export function App() {
  const phase = useAppStore((s) => s.phase);
  const status = useAppStore((s) => s.status);
  const startedEmpty = useAppStore((s) => s.startedEmpty);
  const loadStatus = useAppStore((s) => s.loadStatus);

  useEffect(() => {
    void loadStatus();
  }, [loadStatus]);

  if (phase === 'failed') return <StartupFailure />;
  if (!status) return <Starting />;
  if (!status.user) return <FirstRunPage />;
  if (status.isEmpty && !startedEmpty) return <WelcomePage />;
  return (
    <HashRouter>
      <AppRoutes />
    </HashRouter>
  );
}

function Starting() {
  const styles = useStyles();
  useDocumentTitle(null);
  return (
    <main className={styles.centre}>
      <Spinner label={commonText.loadingApp} />
    </main>
  );
}

function StartupFailure() {
  const styles = useStyles();
  const error = useAppStore((s) => s.error);
  const loadStatus = useAppStore((s) => s.loadStatus);
  useDocumentTitle(commonText.startupErrorTitle);
  return (
    <main className={styles.centre}>
      <div className={styles.failure}>
        <h1>{commonText.startupErrorTitle}</h1>
        <ErrorBar error={error} />
        <Button appearance="primary" onClick={() => void loadStatus()}>
          {commonText.retry}
        </Button>
      </div>
    </main>
  );
}
