// The frame around every page: skip link, title bar, left navigation rail and the main area.
import { makeStyles, mergeClasses, Spinner, tokens } from '@fluentui/react-components';
import { Suspense, useEffect, useRef, type MouseEvent } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router';
import { commonText } from '../../../shared/i18n/sv/ui-common.ts';
import { dashboardUiText } from '../../../shared/i18n/sv/ui-dashboard.ts';
import { registerText } from '../../../shared/i18n/sv/ui-register.ts';
import { registersUiText } from '../../../shared/i18n/sv/ui-registers.ts';
import { searchText } from '../../../shared/i18n/sv/ui-search.ts';
import { CommandPaletteLauncher } from '../features/search/palette/CommandPaletteLauncher.tsx';
import { useAppStore } from '../state/appStore.ts';
import { useGroupsStore } from '../state/groupsStore.ts';
import { paths } from './paths.ts';

const useStyles = makeStyles({
  shell: { display: 'grid', gridTemplateRows: 'auto 1fr', height: '100%', minHeight: 0 },
  skip: {
    position: 'absolute',
    left: '8px',
    top: '-100px',
    zIndex: 1000,
    padding: '8px 14px',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorBrandForeground1,
    border: `2px solid ${tokens.colorStrokeFocus2}`,
    borderRadius: tokens.borderRadiusMedium,
    fontWeight: tokens.fontWeightSemibold,
    ':focus': { top: '8px' },
  },
  topbar: {
    display: 'flex',
    alignItems: 'center',
    gap: '12px',
    height: '44px',
    padding: '0 20px',
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  appName: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  body: { display: 'grid', gridTemplateColumns: '248px 1fr', minHeight: 0 },
  rail: {
    display: 'flex',
    flexDirection: 'column',
    justifyContent: 'space-between',
    backgroundColor: tokens.colorNeutralBackground2,
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    overflowY: 'auto',
    padding: '12px 8px',
  },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '2px' },
  subList: { listStyleType: 'none', margin: '2px 0 4px 0', padding: 0, display: 'flex', flexDirection: 'column', gap: '2px' },
  link: {
    display: 'block',
    position: 'relative',
    padding: '7px 12px',
    borderRadius: tokens.borderRadiusMedium,
    color: tokens.colorNeutralForeground1,
    textDecorationLine: 'none',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    ':hover': { backgroundColor: tokens.colorNeutralBackground2Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  subLink: { paddingLeft: '28px', fontSize: tokens.fontSizeBase300 },
  active: {
    backgroundColor: tokens.colorNeutralBackground1Selected,
    fontWeight: tokens.fontWeightSemibold,
    '::before': {
      content: '""',
      position: 'absolute',
      left: '0',
      top: '6px',
      bottom: '6px',
      width: '3px',
      borderRadius: '2px',
      backgroundColor: tokens.colorBrandBackground,
    },
  },
  user: { padding: '12px', fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, borderTop: `1px solid ${tokens.colorNeutralStroke2}` },
  userName: { display: 'block', color: tokens.colorNeutralForeground1, fontWeight: tokens.fontWeightSemibold },
  main: { overflowY: 'auto', outlineStyle: 'none', minWidth: 0 },
  content: { maxWidth: '1120px', padding: '20px 32px 48px' },
});

export function Layout() {
  const styles = useStyles();
  const location = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const shownPath = useRef(location.pathname);
  const groups = useGroupsStore((s) => s.groups);
  const refreshGroups = useGroupsStore((s) => s.refresh);
  const user = useAppStore((s) => s.status?.user);

  useEffect(() => {
    void refreshGroups();
  }, [refreshGroups]);

  // After navigating, start reading (and tabbing) at the top of the new page.
  useEffect(() => {
    if (shownPath.current === location.pathname) return; // first render (or StrictMode's re-run)
    shownPath.current = location.pathname;
    mainRef.current?.scrollTo({ top: 0 });
    // A page loading its code commits late: if the user has meanwhile opened a dialog (Ctrl+K),
    // taking focus from it would send what they type to the page.
    if (document.activeElement?.closest('[role="dialog"], [role="alertdialog"]')) return;
    mainRef.current?.focus({ preventScroll: true });
  }, [location.pathname]);

  const skipToMain = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault(); // '#main' would otherwise be read as a route
    mainRef.current?.focus();
  };

  const linkClass = (extra?: string) => ({ isActive }: { isActive: boolean }) =>
    mergeClasses(styles.link, extra, isActive && styles.active);

  return (
    <div className={styles.shell}>
      <a href="#main" className={styles.skip} onClick={skipToMain}>
        {commonText.skipToContent}
      </a>
      <header className={styles.topbar}>
        <p className={styles.appName}>{commonText.appName}</p>
        {/* Full-text search: the Ctrl+K palette and its button */}
        <CommandPaletteLauncher />
      </header>
      <div className={styles.body}>
        <nav className={styles.rail} aria-label={commonText.nav.label}>
          <ul className={styles.list}>
            <li>
              <NavLink to={paths.start} end className={linkClass()}>
                {commonText.nav.start}
              </NavLink>
            </li>
            {/* Dashboard and committee report */}
            <li>
              <NavLink to={paths.dashboard} className={linkClass()}>
                {dashboardUiText.nav}
              </NavLink>
            </li>
            <li>
              <NavLink to={paths.groups} end className={linkClass()}>
                {commonText.nav.groups}
              </NavLink>
              {groups.length > 0 && (
                <ul className={styles.subList} aria-label={commonText.nav.groupsList}>
                  {groups.map((group) => (
                    <li key={group.id}>
                      <NavLink to={paths.group(group.id)} className={linkClass(styles.subLink)} title={group.name}>
                        {group.name}
                      </NavLink>
                    </li>
                  ))}
                </ul>
              )}
            </li>
            <li>
              <NavLink to={paths.actions} className={linkClass()}>
                {registerText.nav}
              </NavLink>
            </li>
            <li>
              <NavLink to={paths.registry} className={linkClass()}>
                {commonText.nav.registry}
              </NavLink>
            </li>
            <li>
              <NavLink to={paths.registers} className={linkClass()}>
                {registersUiText.nav}
              </NavLink>
            </li>
            {/* Full-text search */}
            <li>
              <NavLink to={paths.search} className={linkClass()}>
                {searchText.nav}
              </NavLink>
            </li>
          </ul>
          {user && (
            <p className={styles.user}>
              {commonText.nav.signedInAs}
              <span className={styles.userName}>{user.name}</span>
              {user.title}
            </p>
          )}
        </nav>
        <main id="main" ref={mainRef} tabIndex={-1} className={styles.main}>
          <div className={styles.content}>
            {/* The frame stays while a page's chunk loads the first time. */}
            <Suspense fallback={<Spinner size="small" label={commonText.loading} />}>
              <Outlet />
            </Suspense>
          </div>
        </main>
      </div>
    </div>
  );
}
