// The page's h1 with optional actions to the right (Ny grupp, Ändra, Ta bort …).
import { makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  row: { display: 'flex', alignItems: 'flex-start', justifyContent: 'space-between', gap: '16px', flexWrap: 'wrap', marginBottom: '16px' },
  titles: { display: 'flex', flexDirection: 'column', gap: '4px' },
  h1: { fontSize: tokens.fontSizeHero700, lineHeight: tokens.lineHeightHero700, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  sub: { color: tokens.colorNeutralForeground2, margin: 0 },
  actions: { display: 'flex', gap: '8px', flexWrap: 'wrap' },
});

type Props = { children: ReactNode; subtitle?: ReactNode; actions?: ReactNode };

export function PageHeading({ children, subtitle, actions }: Props) {
  const styles = useStyles();
  return (
    <div className={styles.row}>
      <div className={styles.titles}>
        <h1 className={styles.h1}>{children}</h1>
        {subtitle && <p className={styles.sub}>{subtitle}</p>}
      </div>
      {actions && <div className={styles.actions}>{actions}</div>}
    </div>
  );
}

const useSectionStyles = makeStyles({
  section: { marginTop: '28px', display: 'flex', flexDirection: 'column', gap: '12px' },
  row: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: '16px', flexWrap: 'wrap' },
  h2: { fontSize: tokens.fontSizeBase500, lineHeight: tokens.lineHeightBase500, fontWeight: tokens.fontWeightSemibold, margin: 0 },
});

/** A titled part of a page (h2) with its own actions, e.g. "Medlemmar" + "Lägg till medlem". */
export function PageSection({ id, title, actions, children }: { id: string; title: string; actions?: ReactNode; children: ReactNode }) {
  const styles = useSectionStyles();
  return (
    <section className={styles.section} aria-labelledby={id}>
      <div className={styles.row}>
        <h2 id={id} className={styles.h2}>
          {title}
        </h2>
        {actions}
      </div>
      {children}
    </section>
  );
}
