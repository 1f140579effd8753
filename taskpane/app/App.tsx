import {
  FluentProvider,
  makeStaticStyles,
  makeStyles,
  webDarkTheme,
  webLightTheme,
} from '@fluentui/react-components';
import { useEffect } from 'react';
import type { OperatorActions } from '../../src/excel/operator-actions';
import { Pane } from './Pane';
import type { ExcelWaitFeed } from './state/excel-wait-feed';
import type { OutcomeFeed } from './state/outcome-feed';
import type { PaneTheme } from './theme/pane-theme';

// The page itself: no margin (a browser's default 8 px showed as a white frame in the dark theme).
const usePageStyles = makeStaticStyles({ 'html, body': { margin: 0, padding: 0 } });

const useStyles = makeStyles({
  root: { minHeight: '100vh', minWidth: 0, boxSizing: 'border-box' },
});

export interface AppProps {
  /** Everything the pane asks of Excel; the entry passes the Office host's, tests a fake. */
  readonly actions: OperatorActions;
  /** Office's theme, read by the entry (`themeForBackground`); components never read Office. */
  readonly theme: PaneTheme;
  /** Outcomes of runs started from the ribbon (the Office host's `ribbonOutcomes`), shown in the pane. */
  readonly outcomes?: OutcomeFeed | undefined;
  /** Excel refusing work while a cell is edited (the Office host's `cellEditWaits`), told in the pane. */
  readonly waits?: ExcelWaitFeed | undefined;
}

/**
 * The Campaign Operator task pane.
 *
 * @example createRoot(element).render(<App actions={createOfficeActions()} theme="dark" />)
 */
export function App({ actions, theme, outcomes, waits }: AppProps) {
  usePageStyles();
  const styles = useStyles();
  const fluent = theme === 'dark' ? webDarkTheme : webLightTheme;
  useEffect(() => {
    // Behind the pane too (overscroll, a short page): the theme's background, and dark scroll bars.
    const page = document.documentElement.style;
    page.backgroundColor = fluent.colorNeutralBackground1;
    page.colorScheme = theme;
  }, [fluent, theme]);
  return (
    <FluentProvider theme={fluent} className={styles.root}>
      <Pane actions={actions} outcomes={outcomes} waits={waits} />
    </FluentProvider>
  );
}
