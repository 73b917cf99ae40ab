// A title or snippet with its matches marked. The text arrives with highlight markers (never
// HTML), and each marked run becomes a <mark> element: the user's text is never parsed as markup.
import { makeStyles, tokens } from '@fluentui/react-components';
import { splitHighlights } from '../../../../shared/domain/search.ts';

const useStyles = makeStyles({
  mark: {
    backgroundColor: tokens.colorPaletteYellowBackground2,
    color: 'inherit',
    fontWeight: tokens.fontWeightSemibold,
    borderRadius: '2px',
  },
});

export function Highlighted({ value }: { value: string }) {
  const styles = useStyles();
  return (
    <>
      {splitHighlights(value).map((segment, index) =>
        segment.highlighted ? (
          <mark key={index} className={styles.mark}>
            {segment.text}
          </mark>
        ) : (
          segment.text
        ),
      )}
    </>
  );
}
