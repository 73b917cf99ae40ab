// Runs one document call: busy while the core builds the file, then saves every file and
// announces what was saved; an error stays visible until the next attempt.
import { useCallback, useState } from 'react';
import type { ApiError, GeneratedFile, Result } from '../../../../shared/contract/index.ts';
import { documentsText } from '../../../../shared/i18n/sv/ui-documents.ts';
import { saveGeneratedFile } from './saveFile.ts';

export type DocumentAction = {
  busy: boolean;
  error: ApiError | null;
  /** The last success, for a polite live region. */
  message: string;
  run(produce: () => Promise<Result<GeneratedFile | { files: GeneratedFile[] }>>): Promise<boolean>;
  /** Saves files produced elsewhere (a dialog with its own form) and announces them. */
  deliver(files: readonly GeneratedFile[]): void;
};

export function useDocumentAction(onSaved?: () => void): DocumentAction {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [message, setMessage] = useState('');

  const deliver = useCallback(
    (files: readonly GeneratedFile[]) => {
      files.forEach(saveGeneratedFile);
      setError(null);
      setMessage(documentsText.menu.saved(files.map((f) => f.fileName)));
      onSaved?.();
    },
    [onSaved],
  );

  const run = useCallback(
    async (produce: () => Promise<Result<GeneratedFile | { files: GeneratedFile[] }>>) => {
      setBusy(true);
      setMessage('');
      try {
        const result = await produce();
        if (!result.ok) {
          setError(result.error);
          return false;
        }
        deliver('files' in result.value ? result.value.files : [result.value]);
        return true;
      } finally {
        setBusy(false);
      }
    },
    [deliver],
  );

  return { busy, error, message, run, deliver };
}
