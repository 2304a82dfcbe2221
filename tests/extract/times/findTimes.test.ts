import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findTimes } from '../../../src/extract/times/findTimes';

interface Case {
  name: string;
  text: string;
  published: string;
  find: string;
  type: string;
  value: string;
}

// Publication dates are explicit: 2020-02-03 is a Monday, 1998-02-13 a Friday.
const cases: Case[] = [
  { name: "a clock time followed by its zone and 'on' a day is on that day", text: 'The rescue team reached the village at 11 am local time on March 4.', published: '2021-03-10', find: '11 am', type: 'TIME', value: '2021-03-04T11:00' },
  { name: "'yesterday' is the day before publication", text: 'He arrived yesterday.', published: '2020-02-03', find: 'yesterday', type: 'DATE', value: '2020-02-02' },
  { name: "'late yesterday' is the evening of the day before publication", text: 'He was set to fly late yesterday.', published: '2020-02-03', find: 'late yesterday', type: 'TIME', value: '2020-02-02TEV' },
  { name: "'this morning' is the morning of publication", text: 'Markets fell this morning.', published: '2020-02-03', find: 'this morning', type: 'TIME', value: '2020-02-03TMO' },
  { name: "'tonight' is the night of publication", text: 'The vote is tonight.', published: '2020-02-03', find: 'tonight', type: 'TIME', value: '2020-02-03TNI' },
  { name: "'last night' is the night before publication", text: 'Rockets hit the city last night.', published: '2020-02-03', find: 'last night', type: 'TIME', value: '2020-02-02TNI' },
  { name: "'said on Friday' is the Friday before publication", text: 'The minister said on Friday that talks failed.', published: '2020-02-03', find: 'Friday', type: 'DATE', value: '2020-01-31' },
  { name: "'will meet on Friday' is the Friday after publication", text: 'The ministers will meet on Friday.', published: '2020-02-03', find: 'Friday', type: 'DATE', value: '2020-02-07' },
  { name: "'forecasters expect rain on Wednesday' looks ahead", text: 'Forecasters expect more rain across the south on Wednesday.', published: '2020-02-03', find: 'Wednesday', type: 'DATE', value: '2020-02-05' },
  { name: "'had expected rain on Wednesday' looks back", text: 'Farmers had expected rain on Wednesday, but none came.', published: '2020-02-03', find: 'Wednesday', type: 'DATE', value: '2020-01-29' },
  { name: "the publication day's weekday is the publication day", text: 'Officials said Monday that the talks ended.', published: '2020-02-03', find: 'Monday', type: 'DATE', value: '2020-02-03' },
  { name: "'last Monday' is the Monday of the week before", text: 'It happened last Monday.', published: '2020-02-03', find: 'last Monday', type: 'DATE', value: '2020-01-27' },
  { name: "'Thursday evening' is a part of a day", text: 'They met Thursday evening.', published: '1998-02-13', find: 'Thursday evening', type: 'TIME', value: '1998-02-12TEV' },
  { name: "'last week' is the ISO week before publication", text: 'Prices rose last week.', published: '2020-02-03', find: 'last week', type: 'DATE', value: '2020-W05' },
  { name: "'earlier this month' is the publication month", text: 'He visited earlier this month.', published: '2020-02-03', find: 'earlier this month', type: 'DATE', value: '2020-02' },
  { name: "'this winter' is the winter of the publication year", text: 'Snow fell this winter.', published: '2020-02-03', find: 'this winter', type: 'DATE', value: '2020-WI' },
  { name: "'last fall' is the autumn before", text: 'Sales slowed last fall.', published: '1998-02-13', find: 'last fall', type: 'DATE', value: '1997-FA' },
  { name: "'next year' is the year after publication", text: 'The plant opens next year.', published: '2020-02-03', find: 'next year', type: 'DATE', value: '2021' },
  { name: "'the third quarter' is a quarter of the publication year", text: 'Profit rose in the third quarter.', published: '1989-11-02', find: 'the third quarter', type: 'DATE', value: '1989-Q3' },
  { name: "'fiscal 1998' is that fiscal year", text: 'Revenue for fiscal 1998 rose.', published: '1998-02-13', find: 'fiscal 1998', type: 'DATE', value: '1998' },
  { name: "'in 1989' is a year", text: 'The wall fell in 1989.', published: '2020-02-03', find: '1989', type: 'DATE', value: '1989' },
  { name: "'the 1990s' is a decade", text: 'Growth was fast in the 1990s.', published: '2020-02-03', find: 'the 1990s', type: 'DATE', value: '199' },
  { name: "'the 20th century' is a century", text: 'It was the war of the 20th century.', published: '2020-02-03', find: 'the 20th century', type: 'DATE', value: '19' },
  { name: "'two weeks ago' is the week two weeks back", text: 'He resigned two weeks ago.', published: '2020-02-03', find: 'two weeks ago', type: 'DATE', value: '2020-W04' },
  { name: "'two quarters ago' is a quarter, counted as 'last quarter' is", text: 'Sales peaked two quarters ago.', published: '2020-02-03', find: 'two quarters ago', type: 'DATE', value: '2019-Q3' },
  { name: "'five hours ago' is the publication day, whose hour the article does not give", text: 'The fire broke out five hours ago.', published: '2020-02-03', find: 'five hours ago', type: 'DATE', value: '2020-02-03' },
  { name: "'two centuries ago' is the century two back", text: 'The bridge was built two centuries ago.', published: '2020-02-03', find: 'two centuries ago', type: 'DATE', value: '18' },
  { name: "'a year earlier' is the year before", text: 'Sales were lower a year earlier.', published: '2020-02-03', find: 'a year earlier', type: 'DATE', value: '2019' },
  { name: "'three years' is a duration", text: 'He served three years in prison.', published: '2020-02-03', find: 'three years', type: 'DURATION', value: 'P3Y' },
  { name: "'the past two months' keeps 'the past' in the extent", text: 'Prices rose over the past two months.', published: '2020-02-03', find: 'the past two months', type: 'DURATION', value: 'P2M' },
  { name: "'nearly forty years' keeps its qualifier", text: 'He ruled for nearly forty years.', published: '2020-02-03', find: 'nearly forty years', type: 'DURATION', value: 'P40Y' },
  { name: "'a five-hour meeting' is a duration", text: 'After a five-hour meeting they left.', published: '2020-02-03', find: 'five-hour', type: 'DURATION', value: 'PT5H' },
  { name: "'2 1/2 years' is thirty months", text: 'It took 2 1/2 years.', published: '2020-02-03', find: '2 1/2 years', type: 'DURATION', value: 'P2Y6M' },
  { name: "'every week' is a set", text: 'They meet every week.', published: '2020-02-03', find: 'every week', type: 'SET', value: 'P1W' },
  { name: "'annually' is a yearly set", text: 'The prize is awarded annually.', published: '2020-02-03', find: 'annually', type: 'SET', value: 'P1Y' },
  { name: "'each Thursday' is a weekly set on Thursdays", text: 'The market opens each Thursday.', published: '2020-02-03', find: 'each Thursday', type: 'SET', value: 'XXXX-WXX-4' },
  { name: "'now' is the present", text: 'The town is now calm.', published: '2020-02-03', find: 'now', type: 'DATE', value: 'PRESENT_REF' },
  { name: "'recently' is the past", text: 'He recently moved.', published: '2020-02-03', find: 'recently', type: 'DATE', value: 'PAST_REF' },
  { name: "'the future' is the future", text: 'Nobody knows the future.', published: '2020-02-03', find: 'the future', type: 'DATE', value: 'FUTURE_REF' },
  { name: "'Aug. 7, 1998' is a day", text: 'The bombs went off on Aug. 7, 1998.', published: '1999-06-07', find: 'Aug. 7, 1998', type: 'DATE', value: '1998-08-07' },
  { name: "'Saturday, April 25' is one day", text: 'Voting ends Saturday, April 25.', published: '1998-04-24', find: 'Saturday, April 25', type: 'DATE', value: '1998-04-25' },
  { name: "a past month with a day stays in the publication year", text: 'The attack on Aug. 2 was condemned.', published: '1990-08-15', find: 'Aug. 2', type: 'DATE', value: '1990-08-02' },
  { name: "'August 1988' is a month", text: 'It began in August 1988.', published: '1990-08-15', find: 'August 1988', type: 'DATE', value: '1988-08' },
  { name: "'June last year' is a month of the year before", text: 'He left in June last year.', published: '1998-02-19', find: 'June last year', type: 'DATE', value: '1997-06' },
  { name: "'10:35 a.m.' is a clock time on the publication day", text: 'The blast came at 10:35 a.m. local time.', published: '1998-08-07', find: '10:35 a.m.', type: 'TIME', value: '1998-08-07T10:35' },
  { name: "'Thanksgiving Day' is the fourth Thursday of November", text: 'They met on Thanksgiving Day.', published: '1999-12-01', find: 'Thanksgiving Day', type: 'DATE', value: '1999-11-25' },
  { name: "'a year earlier' after a named quarter is that quarter a year back", text: 'Profit rose in the third quarter from $5 million a year earlier.', published: '1989-11-02', find: 'a year earlier', type: 'DATE', value: '1988-Q3' },
  { name: "'the following year' counts from the year the text last named", text: 'He left in 1995 and returned the following year.', published: '1998-04-18', find: 'the following year', type: 'DATE', value: '1996' },
  { name: "a month joined to a spoken year is one find", text: 'It happened in January nineteen ninety-seven.', published: '1998-02-27', find: 'January nineteen ninety-seven', type: 'DATE', value: '1997-01' },
  { name: "'the year ended' is a year-long period", text: 'Net income for the year ended March 31 rose.', published: '1989-11-01', find: 'the year', type: 'DURATION', value: 'P1Y' },
  { name: "a possessive weekday names a day that has passed", text: 'They will appeal Wednesday\'s ruling.', published: '2000-01-07', find: 'Wednesday', type: 'DATE', value: '2000-01-05' },
  { name: "'the 1990s' keeps 'the' in the extent", text: 'Inflation fell in the 1990s.', published: '2020-02-03', find: 'the 1990s', type: 'DATE', value: '199' },
  { name: "'will be named ... in December' is the coming December, not the last one", text: 'She will be named commander of a flight in December.', published: '2020-03-04', find: 'December', type: 'DATE', value: '2020-12' },
  { name: "'had been due to expire on Friday' looks back", text: 'The offer had been due to expire on Friday.', published: '2020-02-03', find: 'Friday', type: 'DATE', value: '2020-01-31' },
  { name: "'has until noon Friday' is a deadline ahead", text: 'The company has until noon Friday to reply.', published: '2020-02-03', find: 'noon Friday', type: 'TIME', value: '2020-02-07T12:00' },
  { name: "'postponed until Thursday' looks ahead", text: 'The hearing was postponed until Thursday.', published: '2020-02-03', find: 'Thursday', type: 'DATE', value: '2020-02-06' },
  { name: "'effective Feb. 1' looks ahead", text: 'The board named a new chairman, effective Feb. 1.', published: '2019-10-26', find: 'Feb. 1', type: 'DATE', value: '2020-02-01' },
  { name: "an initial ends no sentence, and 'succeed' is no past tense", text: 'Mr. Smith will succeed John P. Jones Feb. 1, the bank said.', published: '2019-10-26', find: 'Feb. 1', type: 'DATE', value: '2020-02-01' },
  { name: "'since the Oct. 23 shooting' looks back", text: 'Police have been looking for him since the Oct. 23 shooting.', published: '2021-05-06', find: 'Oct. 23', type: 'DATE', value: '2020-10-23' },
  { name: "a month with no tense cue leans back rather than far ahead", text: 'The share price: $30 in March, $42 in June.', published: '2019-10-30', find: 'March', type: 'DATE', value: '2019-03' },
  { name: "'next to' is a place, not a time ahead", text: 'A bomb hit a building next to the embassy on Friday.', published: '2020-02-03', find: 'Friday', type: 'DATE', value: '2020-01-31' },
  { name: "'that morning' counts from the day the text named, past an aside about an earlier year", text: 'The ferry docked in Split on Tuesday, its first call there since 1990. It had left Ancona that morning.', published: '2024-05-10', find: 'that morning', type: 'TIME', value: '2024-05-07TMO' },
  { name: "'the previous Friday' counts from the Friday the text named", text: 'Stocks closed lower on Friday, down 4% from the previous Friday.', published: '2020-02-03', find: 'the previous Friday', type: 'DATE', value: '2020-01-24' },
  { name: "'the next morning' counts from the weekday the text named", text: 'He was arrested on Tuesday and freed the next morning.', published: '2020-02-06', find: 'the next morning', type: 'TIME', value: '2020-02-05TMO' },
  { name: "'the quarter ended July 31' is the calendar quarter holding most of it", text: 'Profit for the quarter ended July 31 rose 5%.', published: '2019-11-01', find: 'the quarter', type: 'DATE', value: '2019-Q2' },
  { name: "'the last half of 1989' is its second half", text: 'Sales slowed in the last half of 1989.', published: '1990-03-01', find: 'the last half of 1989', type: 'DATE', value: '1989-H2' },
  { name: "'the week of March 6' is the week holding that day", text: 'A ruling is due the week of March 6.', published: '2000-02-24', find: 'the week of March 6', type: 'DATE', value: '2000-W10' },
  { name: "'Earlier Friday' leaves the adverb out of the extent", text: 'Earlier Friday, the minister said talks had failed.', published: '2020-02-08', find: 'Friday', type: 'DATE', value: '2020-02-07' },
  { name: "'4 a.m. EDT Thursday)' leaves the closing bracket out", text: 'He will leave early (4 a.m. EDT Thursday), aides said.', published: '2000-04-05', find: '4 a.m. EDT Thursday', type: 'TIME', value: '2000-04-06T04:00' },
  { name: "'by the end of the month' is the publication month", text: 'Troops will arrive by the end of the month.', published: '1990-08-13', find: 'the end of the month', type: 'DATE', value: '1990-08' },
  { name: "a bare clock time after a named day falls on that day", text: 'Two bombs went off on Friday. The first struck at 10:35 a.m., witnesses said.', published: '1998-08-08', find: '10:35 a.m.', type: 'TIME', value: '1998-08-07T10:35' },
  { name: "'midnight Friday' is the end of that Friday", text: 'The offer will expire at midnight Friday.', published: '2020-02-03', find: 'midnight Friday', type: 'TIME', value: '2020-02-07T24:00' },
  { name: "'a day-long strike' lasts a day", text: 'Workers held a day-long strike.', published: '2020-02-03', find: 'day-long', type: 'DURATION', value: 'P1D' },
  { name: "'a decades-long feud' lasts some decades, not one", text: 'It ended a decades-long feud.', published: '2020-02-03', find: 'decades-long', type: 'DURATION', value: 'PXY' },
  { name: "'the weekend' before a past verb is the weekend just gone", text: 'Talks collapsed over the weekend.', published: '2020-02-03', find: 'the weekend', type: 'DATE', value: '2020-W05-WE' },
  { name: "'January of last year' is one month of the year before publication", text: 'In January of last year the ship reached the bay.', published: '2020-02-03', find: 'January of last year', type: 'DATE', value: '2019-01' },
  { name: "'May 4 of last year' is that day of the year before publication", text: 'The crew left port on May 4 of last year.', published: '2020-02-03', find: 'May 4 of last year', type: 'DATE', value: '2019-05-04' },
  { name: "'on March 3 last' is the last March 3 before publication, not the one nearest it", text: 'The rules that take effect on March 3 last are strict.', published: '2020-02-03', find: 'March 3 last', type: 'DATE', value: '2019-03-03' },
  { name: "a day written before its month ('on 14 March 2018') is that day", text: 'The talks opened on 14 March 2018 in a hotel.', published: '2020-02-03', find: '14 March 2018', type: 'DATE', value: '2018-03-14' },
  { name: "'the 9th of October' is a day, its year the one nearest publication", text: 'The bridge closed on the 9th of October.', published: '2020-02-03', find: 'the 9th of October', type: 'DATE', value: '2019-10-09' },
  { name: "'the 2nd of this month' is a day of the month of publication", text: 'The envoy landed on the 2nd of this month.', published: '2020-02-03', find: 'the 2nd of this month', type: 'DATE', value: '2020-02-02' },
  { name: "'on the 28th' told in the past, later than publication's day, is in the month before", text: 'On the 28th she reached the coast.', published: '2020-02-03', find: 'the 28th', type: 'DATE', value: '2020-01-28' },
  { name: "'the festival opens on Friday': a programme told in the present is the Friday ahead", text: 'The festival opens on Friday.', published: '2020-02-03', find: 'Friday', type: 'DATE', value: '2020-02-07' },
  { name: "'Thursday brings the walkers a long climb': a day that is the subject of a programme verb is the one ahead", text: 'Thursday brings the walkers a long climb to the lake.', published: '2020-02-03', find: 'Thursday', type: 'DATE', value: '2020-02-06' },
  { name: "'Sunday's match opens the season': a day's programme told in the present is the one ahead", text: "Sunday's match opens the season in the capital.", published: '2020-02-03', find: 'Sunday', type: 'DATE', value: '2020-02-09' },
  { name: "'Sunday's vote was close': a day's possession with no programme after it is the one past", text: "Sunday's vote was close, and a recount would follow.", published: '2020-02-03', find: 'Sunday', type: 'DATE', value: '2020-02-02' },
  { name: "'on Saturday the second stage runs': a present-tense programme after the day looks ahead", text: 'On Saturday the second stage runs along the coast.', published: '2020-02-03', find: 'Saturday', type: 'DATE', value: '2020-02-08' },
  { name: 'a bare weekday in the same sentence as a spelled-out date far from publication falls in that week', text: 'Racing resumes on Tuesday, March 10, followed on Wednesday by a hill stage.', published: '2020-02-03', find: 'Wednesday', type: 'DATE', value: '2020-03-11' },
  { name: 'a month without a year, after dates told years before publication, falls in the narrative year', text: 'The surveyors left the coast in April 1871 and reached the lake in June 1872. In August they turned back.', published: '2021-05-01', find: 'August', type: 'DATE', value: '1872-08' },
  { name: 'a month without a year that comes before the narrative month falls in the following year', text: 'The party set out in May 1804 and wintered by the river in November 1804. In March they moved on.', published: '2004-06-01', find: 'March', type: 'DATE', value: '1805-03' },
  { name: 'a day without a year told in the sentence of a dated historical month falls in that year', text: 'In August 1519 the fleet left the city, and on September 20 it put to sea.', published: '2019-09-06', find: 'September 20', type: 'DATE', value: '1519-09-20' },
  { name: 'one date of background in an earlier sentence leaves a later month to the publication year', text: 'The choir was founded in May 1962. In April its singers toured again.', published: '2001-06-07', find: 'April', type: 'DATE', value: '2001-04' },
  { name: 'a month after a date two years back keeps the publication reading', text: 'The two firms agreed terms in July 2001 and will merge on March 12.', published: '2003-02-20', find: 'March 12', type: 'DATE', value: '2003-03-12' },
  { name: 'a day without a year in the sentence of a season of a year long past falls in that season\'s year', text: 'The first rally, in the winter of 1978, left the capital on Dec. 26.', published: '2020-01-18', find: 'Dec. 26', type: 'DATE', value: '1978-12-26' },
  { name: "an irregular past ('fed it ... by Sunday') looks back, though 'by' alone would look ahead", text: 'Warm water fed the storm into a monster by Sunday.', published: '2005-08-30', find: 'Sunday', type: 'DATE', value: '2005-08-28' },
  { name: 'a bare weekday in the sentence of a day the narrative named ("that same evening") falls in that day\'s week', text: 'She played in Tokyo on Saturday, May 4. She landed in Lyon that same evening and on Sunday watched the final.', published: '2024-05-20', find: 'Sunday', type: 'DATE', value: '2024-05-05' },
  { name: "a liveblog post's stamp stays on the blog's day after a post that told an earlier day", text: 'On Saturday the team flew north.\n09:15 GMT — The plane is down in the valley.', published: '2020-02-03', find: '09:15 GMT', type: 'TIME', value: '2020-02-03T09:15' },
];

describe('findTimes', () => {
  for (const c of cases) {
    it(`findTimes(${JSON.stringify(c.find)}) ${c.name.replace(/^'[^']*' /, '')}`, () => {
      const found = findTimes(c.text, c.published).find((f) => f.text === c.find);
      expect(found, `no find for ${c.find}; got ${JSON.stringify(findTimes(c.text, c.published).map((f) => f.text))}`).toBeDefined();
      expect({ type: found?.type, value: found?.value }).toEqual({ type: c.type, value: c.value });
      expect(c.text.slice(found?.start, found?.end)).toBe(c.find);
    });
  }

  it("findTimes('late yesterday') gives the evening of the day before publication as its when", () => {
    const [found] = findTimes('He left late yesterday.', '2020-02-03');
    expect(found?.when).toEqual({ start: '2020-02-02T18:00', end: '2020-02-03T00:00', precision: 'partOfDay', timex: '2020-02-02TEV' });
  });

  it('findTimes gives durations, sets and references no when, since they name no interval', () => {
    const finds = findTimes('For three years, every week, it has been quiet now.', '2020-02-03');
    expect(finds.map((f) => f.when)).toEqual([undefined, undefined, undefined]);
  });

  it('findTimes finds every clock time in a dense run, each with its own value (they are read in one window)', () => {
    const found = findTimes('The ferries left at 6:10 a.m., 6:40 a.m., 7:10 a.m. and 7:40 a.m. on Friday, 12/05/2024.', '2024-12-07');
    expect(found.filter((t) => t.type === 'TIME').map((t) => t.value.slice(11))).toEqual(['06:10', '06:40', '07:10', '07:40']);
  });

  it("findTimes reads no day in an ordinal that a noun follows ('on the 20th floor', 'the 5th anniversary')", () => {
    expect(findTimes('They met on the 20th floor for the 5th anniversary.', '2020-02-03')).toEqual([]);
  });

  it('findTimes keeps the rule that produced every find', () => {
    for (const f of findTimes('Yesterday, last week and in 1989 three years passed.', '2020-02-03')) expect(f.rule).toMatch(/\w/);
  });

  it('findTimes reads the seed article: yesterday is 2020-02-02 and late yesterday its evening', () => {
    const text = readFileSync('seeds/000_434d8e9a3390da3a.txt', 'utf8');
    const finds = findTimes(text, '2020-02-03');
    expect(finds.find((f) => f.text === 'yesterday')?.value).toBe('2020-02-02');
    expect(finds.find((f) => f.text === 'late yesterday')?.value).toBe('2020-02-02TEV');
    expect(finds.some((f) => f.text.includes('one million'))).toBe(false);
  });

  it('findTimes finds every repeat in a long text (bench/times.bench.ts times a 5 MB one)', () => {
    const text = 'He said on Friday that prices rose 5% last week, and 2,000 people may march in May. '.repeat(5_000);
    const finds = findTimes(text, '2020-02-03');
    expect(finds.length).toBe(15_000);
  }, 30_000);
});
