import { downloadBlob } from '../snapshot/downloadBlob';

/** Offers `text` as a file download named `fileName`. */
export function downloadFile(fileName: string, text: string, type: string): void {
  downloadBlob(new Blob([text], { type }), fileName);
}

/** A file-name-safe slug of a title ("Pompeo in Kazakhstan" -> "pompeo-in-kazakhstan"). */
export function fileSlug(title: string): string {
  return (
    title
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'story'
  );
}
