import { ago } from './ago';
import { clockTimes } from './clockTimes';
import { daysOfMonth } from './daysOfMonth';
import { decades } from './decades';
import { durations } from './durations';
import { holidays } from './holidays';
import { months } from './months';
import { namedPeriods } from './namedPeriods';
import { narrativeUnits } from './narrativeUnits';
import { quarters } from './quarters';
import { references } from './references';
import { relativeDays } from './relativeDays';
import { relativeUnits } from './relativeUnits';
import { sets } from './sets';
import { weekdays } from './weekdays';
import { years } from './years';
import type { TimeFinder } from './types';

/** Every time finder, in priority order: when two finds of one length overlap, the earlier finder wins. */
export const timeFinders: readonly TimeFinder[] = [
  clockTimes,
  relativeDays,
  weekdays,
  daysOfMonth,
  months,
  quarters,
  narrativeUnits,
  relativeUnits,
  ago,
  holidays,
  namedPeriods,
  sets,
  decades,
  years,
  durations,
  references,
];
