// Shows an API error (already in Swedish) as a message bar. Errors are never swallowed.
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { ApiError, FieldIssue } from '../../../shared/contract/index.ts';
import { commonText } from '../../../shared/i18n/sv/ui-common.ts';

type Props = {
  error: ApiError | null | undefined;
  /** Field issues not shown next to a field; listed under the message. */
  issues?: FieldIssue[];
  title?: string;
  onRetry?: () => void;
};

export function ErrorBar({ error, issues, title, onRetry }: Props) {
  if (!error) return null;
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title ?? commonText.errorTitle}</MessageBarTitle>
        {error.message}
        {issues && issues.length > 0 && (
          <ul>
            {issues.map((issue) => (
              <li key={`${issue.path}:${issue.message}`}>{issue.message}</li>
            ))}
          </ul>
        )}
      </MessageBarBody>
      {onRetry && (
        <MessageBarActions>
          <Button onClick={onRetry}>{commonText.retry}</Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
