// Dates as feeds write them: RFC 822 (RSS `pubDate`, `Tue, 10 Jun 2003 04:00:00 GMT`) and RFC 3339
// (Atom, JSON Feed, `dc:date`). Read by their grammar rather than by `Date.parse`, which guesses:
// it reads `Tue, XX Jun 2003` as 1 June and `garbage 2003` as New Year's Day, and it leaves zones
// it does not know to the machine's own time zone in some engines. A date that does not fit is no
// date, never a wrong one.

const MONTHS = 'january february march april may june july august september october november december'.split(' ');

/**
 * Zones RFC 822 names, and the obsolete European and `Etc/` names feeds still write, as minutes
 * east of UTC. Two-letter US zones (`ET`, `PT`) and military letters other than `Z` are left out:
 * they do not say whether daylight saving applies, or RFC 822 got their sign wrong.
 */
const ZONES: Record<string, number> = {
  ut: 0,
  utc: 0,
  gmt: 0,
  z: 0,
  'etc/utc': 0,
  'etc/gmt': 0,
  'etc/uct': 0,
  'etc/zulu': 0,
  est: -300,
  edt: -240,
  cst: -360,
  cdt: -300,
  mst: -420,
  mdt: -360,
  pst: -480,
  pdt: -420,
  wet: 0,
  west: 60,
  cet: 60,
  cest: 120,
  met: 60,
  mest: 120,
  eet: 120,
  eest: 180,
};

// `[Tue,] 10 Jun 2003 04:00[:00] [zone]`; the day name, when there, is not checked (feeds get it wrong).
const RFC822 =
  /^(?:[a-z]{2,9}\.?,?\s*)?(\d{1,2})[\s-]+([a-z]{3,9})\.?[\s-]+(\d{4}|\d{2})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([a-z]{1,5}|etc\/[a-z]{1,4}(?:[+-]\d{1,2})?|[+-]\d{4}))?$/i;

// `2003-06-10T04:00:00.123+02:00`, `2003-06-10`, `2003-06`, `2003`.
const RFC3339 =
  /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[t\s](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(z|[+-]\d{2}(?::?\d{2})?)?)?)?)?$/i;

/** The first of `values` that is a date, as ISO 8601 in UTC (`2003-06-10T04:00:00.000Z`). */
export function isoDate(...values: (string | undefined)[]): string | undefined {
  for (const value of values) {
    const text = value?.trim();
    const time = text ? (fromRfc822(text) ?? fromRfc3339(text)) : undefined;
    if (time !== undefined) return new Date(time).toISOString();
  }
  return undefined;
}

function fromRfc822(text: string): number | undefined {
  const m = RFC822.exec(text);
  if (!m) return undefined;
  // `Jun`, `June`, `Sept`: English, as RFC 822 has them; `Set` (Portuguese) is not a month here.
  const name = m[2]!.toLowerCase();
  const month = MONTHS.findIndex(
    (full) => name === full || name === full.slice(0, 3) || (name === 'sept' && full === 'september'),
  );
  if (month < 0) return undefined;
  let year = Number(m[3]);
  // RFC 822's two-digit years: RFC 2822 reads 00–49 as 20xx and 50–99 as 19xx.
  if (m[3]!.length === 2) year += year < 50 ? 2000 : 1900;
  const offset = zoneOffset(m[7]);
  if (offset === undefined) return undefined;
  return utc(year, month, Number(m[1]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0), 0, offset);
}

function fromRfc3339(text: string): number | undefined {
  const m = RFC3339.exec(text);
  if (!m) return undefined;
  const [, year, month = '01', day = '01', hours, minutes = '0', seconds = '0', fraction = '', zone] = m;
  // A date alone is UTC midnight, as `Date.parse` reads it; a time without a zone is taken as UTC too
  // (not the machine's zone), so the server and every browser read the same instant.
  const offset = zoneOffset(zone);
  if (offset === undefined) return undefined;
  const ms = Math.floor(Number(`0.${fraction || 0}`) * 1000);
  return utc(
    Number(year),
    Number(month) - 1,
    Number(day),
    Number(hours ?? 0),
    Number(minutes),
    Number(seconds),
    ms,
    offset,
  );
}

/** Minutes east of UTC; 0 without a zone; undefined for a zone this does not know. */
function zoneOffset(zone: string | undefined): number | undefined {
  if (!zone) return 0;
  const numeric = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (numeric) {
    const [, sign, hours, minutes = '0'] = numeric;
    if (Number(hours) > 14 || Number(minutes) > 59) return undefined;
    const total = Number(hours) * 60 + Number(minutes);
    return sign === '-' ? -total : total;
  }
  // `Etc/GMT+5` is five hours *behind* UTC: the POSIX sign, the other way round.
  const etc = /^etc\/gmt([+-])(\d{1,2})$/i.exec(zone);
  if (etc) return Number(etc[2]) > 14 ? undefined : (etc[1] === '+' ? -60 : 60) * Number(etc[2]);
  return ZONES[zone.toLowerCase()];
}

/** The instant, or undefined when a field is out of range (31 February, 25:00), which `Date.UTC` would roll over. */
function utc(y: number, mo: number, d: number, h: number, mi: number, s: number, ms: number, offset: number) {
  if (mo < 0 || mo > 11 || d < 1 || h > 23 || mi > 59 || s > 59) return undefined;
  const time = Date.UTC(y, mo, d, h, mi, s, ms);
  if (new Date(time).getUTCDate() !== d) return undefined;
  return time - offset * 60_000;
}
