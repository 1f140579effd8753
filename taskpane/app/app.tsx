import { FluentProvider, Text, Title3, webLightTheme } from '@fluentui/react-components';

/** The add-in's name, as the ribbon tab and the pane show it. */
export const ADDIN_NAME = 'Campaign Operator';

/**
 * The task pane's UI (a first frame: the UI work replaces its content).
 *
 * @example createRoot(root).render(<App />)
 */
export function App() {
  return (
    <FluentProvider theme={webLightTheme}>
      <main>
        <Title3 as="h1" block>
          {ADDIN_NAME}
        </Title3>
        <Text as="p" block>
          Track task updates, KPIs against targets and escalations in this workbook.
        </Text>
      </main>
    </FluentProvider>
  );
}
