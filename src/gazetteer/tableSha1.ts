import { createHash } from 'node:crypto';

/** The sha1 (hex) of a table file's bytes (or its text, as UTF-8): how the index names the table it was built from. Node only. */
export function tableSha1(content: string | Uint8Array): string {
  return createHash('sha1').update(content).digest('hex');
}
