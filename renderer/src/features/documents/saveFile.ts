// Hands a produced document to the user: a download in browser mode; in Electron the same
// download opens the system's save dialog. The bytes never pass through a URL the page keeps.
import type { GeneratedFile } from '../../../../shared/contract/index.ts';

export function saveGeneratedFile(file: GeneratedFile): void {
  const bytes = Uint8Array.from(atob(file.contentBase64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mediaType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked after the click has been handled, so the download has its data.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
