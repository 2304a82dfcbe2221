// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { placeLabels, type MapLabel } from '../../src/map/placeLabels';

/**
 * A label element `width` by 14 pixels placed by Leaflet at `x, y` (jsdom lays nothing out: the
 * box is computed, and follows the `translate` the label is given), logging its reads and writes.
 */
function label(name: string, x: number, y: number, log: string[], width = 60): HTMLElement {
  const el = document.createElement('span');
  el.textContent = name;
  el.getBoundingClientRect = () => {
    log.push(`read ${name}`);
    const [dx = 0, dy = 0] = el.style.translate.split(' ').map((v) => parseFloat(v) || 0);
    return DOMRect.fromRect({ x: x + dx, y: y + dy, width, height: 14 });
  };
  const toggle = el.classList.toggle.bind(el.classList);
  el.classList.toggle = (token: string, force?: boolean) => {
    log.push(`write ${name}`);
    return toggle(token, force);
  };
  return el;
}

const point = (el: HTMLElement, priority: number, movable = true): MapLabel => ({ el, priority, shape: 'point', movable });
const area = (el: HTMLElement, priority: number, movable = true): MapLabel => ({ el, priority, shape: 'area', movable });
const state = (...els: HTMLElement[]): string[] => els.map((el) => (el.classList.contains('is-crowded') ? 'crowded' : (el.dataset['side'] ?? 'where Leaflet put it')));

describe('placeLabels', () => {
  it('moves a town’s label to the left of its dot when a more important one covers its right', () => {
    const log: string[] = [];
    // Leaflet puts a point's label 6 px right of its dot; Canoas' dot is at 100, 7.
    const portoAlegre = label('Porto Alegre', 110, 4, log, 80);
    const canoas = label('Canoas', 106, 0, log);
    placeLabels([point(portoAlegre, 2), point(canoas, 1)]);
    expect(state(portoAlegre, canoas)).toEqual(['where Leaflet put it', 'left']);
    expect(canoas.style.translate).toBe('-72px 0px');
    expect(canoas.getBoundingClientRect().right).toBe(94);
  });

  it('hides a label that may not move (not the selected event’s) instead of moving it, and puts a moved one back', () => {
    const log: string[] = [];
    const portoAlegre = label('Porto Alegre', 110, 4, log, 80);
    const canoas = label('Canoas', 106, 0, log);
    placeLabels([point(portoAlegre, 2), point(canoas, 1)]);
    expect(state(canoas)).toEqual(['left']);
    placeLabels([point(portoAlegre, 2), point(canoas, 1, false)]);
    expect(state(canoas)).toEqual(['crowded']);
    placeLabels([point(canoas, 1, false)]);
    expect(state(canoas)).toEqual(['right']);
    expect(canoas.style.translate).toBe('');
  });

  it('hides a label with no free side, and brings it back to its first side once there is room', () => {
    const log: string[] = [];
    const rotterdam = label('Rotterdam', 0, 0, log, 200);
    const netherlands = label('NETHERLANDS', 0, 0, log, 200);
    const blockers = [label('A', 0, -30, log, 200), label('B', 0, 30, log, 200)];
    placeLabels([point(rotterdam, 9), ...blockers.map((el) => point(el, 8)), area(netherlands, 1)]);
    expect(state(netherlands)).toEqual(['crowded']);
    placeLabels([area(netherlands, 1)]);
    expect(state(netherlands)).toEqual(['where Leaflet put it']);
  });

  it('moves an area’s name a line below its centre, and back to the centre when that is free again', () => {
    const log: string[] = [];
    const funchal = label('Funchal', 6, 0, log);
    const madeira = label('MADEIRA', 0, 0, log);
    placeLabels([point(funchal, 2), area(madeira, 1)]);
    expect(state(funchal, madeira)).toEqual(['where Leaflet put it', 'below']);
    expect(madeira.getBoundingClientRect().top).toBe(18);
    placeLabels([area(madeira, 1)]);
    expect(state(madeira)).toEqual(['center']);
    expect(madeira.style.translate).toBe('');
  });

  it('reads every box before it writes any label, so the page is laid out once', () => {
    const log: string[] = [];
    const labels = ['a', 'b', 'c'].map((n) => point(label(n, 0, 0, log), 0));
    placeLabels(labels);
    expect(log).toEqual(['read a', 'read b', 'read c', 'write a', 'write b', 'write c']);
    expect(state(...labels.map((l) => l.el))).toEqual(['where Leaflet put it', 'left', 'above']);
  });

  it('leaves out labels filtered out by time (is-hidden) or not drawn (no box): they push nothing away and are never marked', () => {
    const log: string[] = [];
    const filtered = label('Funchal', 0, 0, log);
    filtered.classList.add('is-hidden', 'is-crowded');
    const undrawn = label('Madeira', 0, 0, log, 0);
    undrawn.getBoundingClientRect = () => new DOMRect(0, 0, 0, 0);
    const ismailia = label('Ismailia', 10, 2, log);
    placeLabels([point(filtered, 9), area(undrawn, 9), point(ismailia, 1)]);
    expect(state(filtered, undrawn, ismailia)).toEqual(['where Leaflet put it', 'where Leaflet put it', 'where Leaflet put it']);
  });
});
