import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

/**
 * Layout shared by the pane's components. Everything stacks vertically and wraps, so the pane
 * never scrolls sideways at 320 px: no fixed widths, long words (sheet names, ids) break anywhere.
 */
export const useLayoutStyles = makeStyles({
  stack: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  section: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    minWidth: 0,
    overflowWrap: 'anywhere',
  },
  /** A form field and its control (a native select is as wide as its longest option unless held). */
  field: { minWidth: 0, maxWidth: '100%' },
  fieldControl: { minWidth: 0, maxWidth: '100%', width: '100%', textOverflow: 'ellipsis' },
  buttons: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    overflowWrap: 'anywhere',
  },
  plainList: {
    margin: 0,
    padding: 0,
    listStyleType: 'none',
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    overflowWrap: 'anywhere',
  },
  pairs: {
    margin: 0,
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
  },
  pair: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalXS,
    minWidth: 0,
    overflowWrap: 'anywhere',
  },
  term: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground3 },
  value: { ...typographyStyles.caption1Strong, margin: 0 },
  note: { ...typographyStyles.caption1, color: tokens.colorNeutralForeground2, margin: 0 },
  paragraph: { ...typographyStyles.body1, margin: 0 },
  h2: { ...typographyStyles.subtitle2, margin: 0 },
  h3: { ...typographyStyles.body1Strong, margin: 0 },
  h4: { ...typographyStyles.body1Strong, margin: 0, color: tokens.colorNeutralForeground2 },
  h5: { ...typographyStyles.caption1Strong, margin: 0, color: tokens.colorNeutralForeground2 },
  visuallyHidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    padding: 0,
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
    border: 0,
  },
});
