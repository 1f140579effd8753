import { Tab, TabList } from '@fluentui/react-components';
import type { PaneTab } from '../state/pane-state';

/** The pane's tabs, most used first. */
export const PANE_TABS: ReadonlyArray<{ readonly value: PaneTab; readonly label: string }> = [
  { value: 'track', label: 'Track' },
  { value: 'import', label: 'Import' },
  { value: 'setup', label: 'Set up' },
];

export const tabId = (tab: PaneTab) => `pane-tab-${tab}`;
export const panelId = (tab: PaneTab) => `pane-panel-${tab}`;

export interface PaneTabsProps {
  readonly selected: PaneTab;
  readonly onSelect: (tab: PaneTab) => void;
}

/**
 * Tabs (arrow keys move between them); each controls the panel of the same name.
 *
 * @example <PaneTabs selected={state.tab} onSelect={chooseTab} />
 */
export function PaneTabs({ selected, onSelect }: PaneTabsProps) {
  return (
    <TabList
      selectedValue={selected}
      onTabSelect={(_event, data) => {
        const tab = PANE_TABS.find((t) => t.value === data.value);
        if (tab !== undefined) onSelect(tab.value);
      }}
      aria-label="Campaign Operator"
    >
      {PANE_TABS.map((tab) => (
        <Tab key={tab.value} value={tab.value} id={tabId(tab.value)} aria-controls={panelId(tab.value)}>
          {tab.label}
        </Tab>
      ))}
    </TabList>
  );
}
