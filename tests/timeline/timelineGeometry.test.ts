import { beforeAll, describe, expect, it } from 'vitest';
import { loadLanguage } from '../../src/i18n/loadLanguage';
import { laneName } from '../../src/timeline/drawLanes';
import { AXIS_HEIGHT, timelineGeometry } from '../../src/timeline/timelineGeometry';
import type { TimelineLane } from '../../src/timeline/timelineLayout';

const lanes: TimelineLane[] = [
  { id: 'events', label: '', kind: 'events', rows: 3 },
  { id: 'route:r1', label: 'The long tour', kind: 'route', rows: 1 },
  { id: 'undated', label: '', kind: 'undated', rows: 1 },
];

describe('timelineGeometry', () => {
  it('stacks the lanes under the axis, a row height per row and a gap between lanes', () => {
    const g = timelineGeometry(lanes, 1000, 20);
    expect([...g.laneTop.values()]).toEqual([AXIS_HEIGHT + 6, AXIS_HEIGHT + 6 + 70, AXIS_HEIGHT + 6 + 100]);
    expect(g.laneRows.get('events')).toBe(3);
    expect(g.height).toBe(AXIS_HEIGHT + 6 + 130);
  });

  it('narrows the label column on a phone, and never lays out under 240 pixels', () => {
    expect(timelineGeometry(lanes, 1000, 20)).toMatchObject({ labelWidth: 132, plotWidth: 856 });
    expect(timelineGeometry(lanes, 390, 20)).toMatchObject({ labelWidth: 76, plotWidth: 302 });
    expect(timelineGeometry(lanes, 100, 20, 50)).toMatchObject({ width: 240, labelWidth: 50, plotWidth: 178 });
  });
});

describe('laneName', () => {
  beforeAll(async () => {
    await loadLanguage('ru');
  });

  it('names the events and undated lanes in the reader\'s language, and a route lane by its route', () => {
    expect(lanes.map((l) => laneName(l, 'en'))).toEqual(['Events', 'The long tour', 'Undated']);
    expect(lanes.map((l) => laneName(l, 'ru'))).toEqual(['События', 'The long tour', 'Без даты']);
  });
});
