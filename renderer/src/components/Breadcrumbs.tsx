// "Du är här": where the current page sits (Start › Grupper › Styrgruppen › 2025-09-30).
import { makeStyles, tokens } from '@fluentui/react-components';
import { commonText } from '../../../shared/i18n/sv/ui-common.ts';
import { RouterLink } from './RouterLink.tsx';

export type Crumb = { label: string; to?: string };

const useStyles = makeStyles({
  list: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    listStyleType: 'none',
    margin: '0 0 8px 0',
    padding: 0,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground2,
  },
  item: { display: 'inline-flex', alignItems: 'center' },
  separator: { margin: '0 6px', color: tokens.colorNeutralForeground3 },
  current: { color: tokens.colorNeutralForeground1 },
});

export function Breadcrumbs({ items }: { items: Crumb[] }) {
  const styles = useStyles();
  return (
    <nav aria-label={commonText.breadcrumbLabel}>
      <ol className={styles.list}>
        {items.map((crumb, index) => {
          const last = index === items.length - 1;
          return (
            <li key={`${index}-${crumb.label}`} className={styles.item}>
              {crumb.to && !last ? (
                <RouterLink to={crumb.to}>{crumb.label}</RouterLink>
              ) : (
                <span className={styles.current} aria-current={last ? 'page' : undefined}>
                  {crumb.label}
                </span>
              )}
              {!last && (
                <span className={styles.separator} aria-hidden="true">
                  ›
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
