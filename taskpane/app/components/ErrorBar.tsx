import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';

export interface ErrorBarProps {
  readonly message: string;
  readonly onDismiss: () => void;
}

/**
 * A failure, with the host's message for the marketer, until dismissed or new work starts.
 *
 * @example <ErrorBar message={state.error} onDismiss={dismissError} />
 */
export function ErrorBar({ message, onDismiss }: ErrorBarProps) {
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>That did not work</MessageBarTitle>
        {message}
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={onDismiss}>
          Dismiss
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
