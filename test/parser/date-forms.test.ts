/**
 * The table of date forms (parser/date-forms.ts): every form has its own name, is the form that
 * reads its example, and reads it to exact values through scanLineDates / wholeLineDate.
 */
import { describe, expect, it } from 'vitest';
import { DATE_FORMS, WHOLE_LINE_DATE_FORMS, type DateForm } from '../../server/src/service/parser/date-forms';
import { scanLineDates, wholeLineDate } from '../../server/src/service/parser/dates';
import type { DateMention } from '../../server/src/service/model';
import type { Draft } from '../../server/src/service/parser/draft';

/** The first form of the table whose pattern matches all of `text` (forms are tried in table order). */
function formReading(forms: readonly DateForm[], text: string): string | null {
  for (const form of forms) {
    if (new RegExp(`^(?:${form.pattern})$`).test(text)) return form.name;
  }
  return null;
}

/** The parts of a mention a form decides. */
function reading(dm: DateMention): Pick<DateMention, 'status' | 'date' | 'readings' | 'time' | 'yearImplied'> {
  return { status: dm.status, date: dm.date, readings: dm.readings, ...(dm.time ? { time: dm.time } : {}), ...(dm.yearImplied ? { yearImplied: dm.yearImplied } : {}) };
}

function scanned(line: string, reportYear: number | null): ReturnType<typeof reading>[] {
  const out: Draft<DateMention>[] = [];
  scanLineDates(line, 0, reportYear, out);
  return out.map(reading);
}

const d = (year: number, month: number, day: number) => ({ year, month, day });

describe('DATE_FORMS', () => {
  it('names every form once', () => {
    const names = [...DATE_FORMS, ...WHOLE_LINE_DATE_FORMS].map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
  });

  const examples: [string, string, ReturnType<typeof reading>[]][] = [
    ['full', '2025 年 1 月 20 日', [{ status: 'valid', date: d(2025, 1, 20), readings: [] }]],
    ['full', '2025年2月30日', [{ status: 'invalid', date: d(2025, 2, 30), readings: [] }]],
    ['dashed', '2025-02-14 08:50', [{ status: 'valid', date: d(2025, 2, 14), readings: [], time: '08:50' }]],
    ['slashed', '2025/2/14', [{ status: 'valid', date: d(2025, 2, 14), readings: [] }]],
    ['dotted', '2025.2.14', [{ status: 'valid', date: d(2025, 2, 14), readings: [] }]],
    ['lostYearMark', '20241月5日', [{ status: 'malformed', date: d(2024, 1, 5), readings: [d(2024, 1, 5)] }]],
    ['lostMonthMark', '2025年214日', [{ status: 'malformed', date: d(2025, 2, 14), readings: [d(2025, 2, 14)] }]],
    ['lostMonthMark', '2025年111日', [{ status: 'malformed', date: null, readings: [d(2025, 1, 11), d(2025, 11, 1)] }]],
    ['monthDay', '2月29日', [{ status: 'valid', date: d(2023, 2, 29), readings: [], yearImplied: true }]],
    ['runTogether', '202411日', [{ status: 'malformed', date: d(2024, 1, 1), readings: [d(2024, 1, 1)] }]],
    ['monthDayRunTogether', '1231日', [{ status: 'malformed', date: d(2023, 12, 31), readings: [d(2023, 12, 31)], yearImplied: true }]],
    ['chinese', '二〇二五年二月十四日', [{ status: 'valid', date: d(2025, 2, 14), readings: [] }]],
  ];

  for (const [name, text, expected] of examples) {
    it(`reads ${text} as ${name}`, () => {
      expect(formReading(DATE_FORMS, text)).toBe(name);
      expect(scanned(text, 2023)).toEqual(expected);
    });
  }

  it('reads no date where a form matches digits that are none', () => {
    expect(formReading(DATE_FORMS, '0000-12-34')).toBe('dashed');
    expect(scanned('电话0000-12-34', 2024)).toEqual([]); // no plausible year
    expect(formReading(DATE_FORMS, '999日')).toBe('monthDayRunTogether');
    expect(scanned('共999日', 2024)).toEqual([]); // 9-99 and 99-9 are no dates
    expect(formReading(DATE_FORMS, '12345日')).toBe('runTogether');
    expect(scanned('第12345日', 2024)).toEqual([]); // 1234 is no year of a report
  });

  it('reads a month and day in the year of an earlier date on the line, else the report year, else leaves it unread', () => {
    expect(scanned('2024年1月1日至12月31日', 2020).map((r) => r.date)).toEqual([d(2024, 1, 1), d(2024, 12, 31)]);
    expect(scanned('至12月31日', 2020).map((r) => r.date)).toEqual([d(2020, 12, 31)]);
    expect(scanned('至1231日', null)).toEqual([{ status: 'malformed', date: null, readings: [], yearImplied: true }]);
  });
});

describe('WHOLE_LINE_DATE_FORMS', () => {
  it('reads a 落款 date of digits run together or without its 日', () => {
    expect(formReading(WHOLE_LINE_DATE_FORMS, '2025214')).toBe('runTogetherAlone');
    expect(reading(wholeLineDate('２０２５２１４', 0, 0, 7)!)).toEqual({ status: 'malformed', date: d(2025, 2, 14), readings: [d(2025, 2, 14)] });
    expect(formReading(WHOLE_LINE_DATE_FORMS, '2025年2月15')).toBe('lostDayMark');
    expect(reading(wholeLineDate('  2025 年 2 月 15', 0, 2, 15)!)).toEqual({ status: 'malformed', date: d(2025, 2, 15), readings: [d(2025, 2, 15)] });
    expect(reading(wholeLineDate('2025年2月30', 0, 0, 9)!)).toEqual({ status: 'malformed', date: null, readings: [] });
  });

  it('reads no date from a line of digits that is none, and leaves a date inside prose to the line scan', () => {
    expect(wholeLineDate('1980214', 0, 0, 7)).toBeNull();
    expect(wholeLineDate('12345678', 0, 0, 8)).toBeNull();
    expect(wholeLineDate('2025年2月14日印发', 0, 0, 12)).toBeNull();
  });
});
