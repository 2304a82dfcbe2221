import { getMonth, getYear } from 'date-fns';

/** The TIMEX3 season code of a season word and the year it falls in relative to publication. */
export function seasonValue(published: Date, word: string, offset: number): string {
  const code = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' }[word.toLowerCase()] ?? 'XX';
  const month = getMonth(published) + 1;
  const current = month <= 2 || month === 12 ? 'WI' : month <= 5 ? 'SP' : month <= 8 ? 'SU' : 'FA';
  const order = ['WI', 'SP', 'SU', 'FA'];
  let year = getYear(published);
  if (month === 12 && code === 'WI') year += 1;
  if (offset < 0 && order.indexOf(code) >= order.indexOf(current)) year -= 1;
  if (offset > 0 && order.indexOf(code) <= order.indexOf(current)) year += 1;
  return `${year}-${code}`;
}
