import { describe, expect, it } from 'vitest';
import { labelPosition } from '../../src/timeline/labelPosition';
import type { TimelineMark } from '../../src/timeline/timelineLayout';

const mark = (kind: TimelineMark['kind']): TimelineMark => ({ key: 'k', eventId: 'e', laneId: 'events', row: 0, kind, start: 0, end: 1, slot: 0, slots: 1, label: 'x', eventKind: 'visit', group: null });

describe('labelPosition', () => {
  it('puts a label inside a band, at the solid end of a "before" band', () => {
    expect(labelPosition(mark('interval'), { x: 100, width: 80 }, 600)).toEqual({ x: 106, anchor: 'start', room: 68 });
    expect(labelPosition(mark('before'), { x: 100, width: 80 }, 600)).toEqual({ x: 174, anchor: 'end', room: 68 });
  });

  it('puts an instant\'s label to its right, or to its left near the right edge', () => {
    expect(labelPosition(mark('instant'), { x: 100, width: 0 }, 600).anchor).toBe('start');
    expect(labelPosition(mark('instant'), { x: 580, width: 0 }, 600).anchor).toBe('end');
  });
});
