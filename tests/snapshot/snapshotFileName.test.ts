import { describe, expect, it } from 'vitest';
import { snapshotFileName } from '../../src/snapshot/snapshotFileName';

describe('snapshotFileName', () => {
  it('names the file after the event: dateline-<event>.png', () => {
    expect(snapshotFileName('e3')).toBe('dateline-e3.png');
    expect(snapshotFileName('visit_Astana-2')).toBe('dateline-visit_Astana-2.png');
  });

  it('uses "story" when no event is selected', () => {
    expect(snapshotFileName(null)).toBe('dateline-story.png');
    expect(snapshotFileName('///')).toBe('dateline-story.png');
  });

  it('keeps path separators, dots and control characters out of the name', () => {
    expect(snapshotFileName('../../etc/passwd')).toBe('dateline-etc-passwd.png');
    expect(snapshotFileName('a\u0000b c')).toBe('dateline-a-b-c.png');
    expect(snapshotFileName('x'.repeat(500))).toHaveLength('dateline-.png'.length + 80);
  });
});
