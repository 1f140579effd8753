import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';

/**
 * Excel refuses work while a cell is being edited: the pane says so and what to do, while the work
 * waits to go on by itself.
 *
 * @example {state.excelWaiting ? <ExcelWaitBar /> : null}
 */
export function ExcelWaitBar() {
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>Excel is waiting for you</MessageBarTitle>A cell is being edited. Press Enter or Esc
        in the sheet to finish editing; the work then goes on by itself.
      </MessageBarBody>
    </MessageBar>
  );
}
