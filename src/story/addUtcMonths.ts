/**
 * `t` (UTC milliseconds) moved by `months` calendar months in UTC, never in the reader's zone: a
 * month from 1 March is 1 April 00:00 UTC wherever the story is read (date-fns on a local `Date`
 * gave 31 March 23:00 UTC in Los Angeles, an hour short across the change to summer time). A day
 * past the end of the target month is the month's last day (31 January + 1 month = 29 February
 * 2020), as date-fns does.
 */
export function addUtcMonths(t: number, months: number): number {
  const d = new Date(t);
  const month = d.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(d.getUTCFullYear(), month + 1, 0)).getUTCDate();
  return Date.UTC(d.getUTCFullYear(), month, Math.min(d.getUTCDate(), lastDay), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds());
}
