/**
 * The agency of a report, normalised so that last year's and this year's reports of
 * the same agency match even when they are written differently:
 *
 * - width and spacing: full-width letters and digits, ideographic spaces, spaces
 *   inside the name (新华区 西市场街道办事处) and quotes do not count;
 * - a title instead of a name: the year and the words 政府信息公开工作年度报告 are cut;
 * - the government's own report: a place's people's government is titled either by
 *   the place alone (北京市2024年政府信息公开工作年度报告 — the format's own example)
 *   or by 北京市人民政府, commonly shortened to 北京市政府; the three are one agency.
 *   Only a trailing 人民政府/政府 after a place ending (市, 区, 县, 镇, 街道 …) is cut:
 *   北京市人民政府办公室 is a different agency and keeps its name;
 * - a 街道's report is signed by the 街道办事处 or by the 街道: one agency;
 * - a district or county is named with or without its city (淮安市洪泽区人民政府 one year,
 *   洪泽区人民政府 the next): the city (and province) before a district, county or banner is cut.
 */
import { COUNTY_OR_ABOVE_SUFFIXES, TITLE_SUFFIX, TOWNSHIP_SUFFIXES } from '../schema/format';

const PLACE_SUFFIXES: readonly string[] = [...new Set([...COUNTY_OR_ABOVE_SUFFIXES, ...TOWNSHIP_SUFFIXES])];
const GOVERNMENT_WORDS = ['人民政府', '政府'] as const;
/** Spaces of every width, zero-width marks, quotes and Markdown emphasis. */
const NOISE = /[\s\u200b-\u200d\ufeff"'“”‘’「」『』《》*#`]+/g;
const YEAR = /(?:19|20)\d{2}\s*年/;
const TRAILING_YEAR_WORD = /(?:年度|年)$/;
/** 江苏省淮安市 before 洪泽区…: the higher levels a district's or county's name may carry. */
const CITY_PREFIX = /^(?:[\u4e00-\u9fff]{2,7}?(?:省|自治区))?[\u4e00-\u9fff]{2,7}?市(?=[\u4e00-\u9fff]{1,7}?(?:区|县|旗))/;

/** The normalised agency, or null when nothing is left to match on. */
export function normalizeAgency(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let name = raw.normalize('NFKC').replace(NOISE, '');
  const year = YEAR.exec(name);
  if (year) name = name.slice(0, year.index);
  const suffix = name.indexOf(TITLE_SUFFIX);
  if (suffix >= 0) name = name.slice(0, suffix);
  name = name.replace(TRAILING_YEAR_WORD, '');
  name = stripGovernment(name);
  if (name.endsWith('街道办事处')) name = name.slice(0, -'办事处'.length);
  const city = CITY_PREFIX.exec(name);
  if (city && name.length > city[0].length) name = name.slice(city[0].length);
  return name.length > 0 ? name : null;
}

function stripGovernment(name: string): string {
  for (const word of GOVERNMENT_WORDS) {
    if (!name.endsWith(word)) continue;
    const place = name.slice(0, -word.length);
    for (const suffix of PLACE_SUFFIXES) if (place.length > suffix.length && place.endsWith(suffix)) return place;
  }
  return name;
}
