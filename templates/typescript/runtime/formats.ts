// The formats `format` asserts when format assertion is on (2020-12: an annotation otherwise).
// Each applies to strings only; other values pass. Grammars from the RFCs the specification
// names: RFC 3339 (date-time, date, time, duration from its appendix A), RFC 5321/5322 (email),
// RFC 1123 (hostname), RFC 2673/4291 (ipv4, ipv6), RFC 3986/3987 (uri, iri), RFC 4122 (uuid),
// RFC 6901 (json-pointer) and the relative JSON pointer draft.

import { isHostname, isIdnHostname } from './idna.js';

type Test = (x: unknown) => boolean;

const strings =
  (test: (s: string) => boolean): Test =>
  (x) =>
    typeof x !== 'string' || test(x);

const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (m === null) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && !leap ? 28 : DAYS[month - 1]!);
}

function isTime(s: string): boolean {
  const m = /^(\d{2}):(\d{2}):(\d{2})(\.\d+)?(z|([+-])(\d{2}):(\d{2}))$/i.exec(s);
  if (m === null) return false;
  const [hour, minute, second] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const [offH, offM] = m[6] === undefined ? [0, 0] : [Number(m[7]), Number(m[8])];
  if (hour > 23 || minute > 59 || second > 60 || offH > 23 || offM > 59) return false;
  if (second === 60) {
    // A leap second is 23:59:60 in UTC: the local time minus the offset.
    const sign = m[6] === '-' ? -1 : 1;
    const utc = (((hour * 60 + minute - sign * (offH * 60 + offM)) % 1440) + 1440) % 1440;
    return utc === 23 * 60 + 59;
  }
  return true;
}

function isDateTime(s: string): boolean {
  const at = s.search(/[tT]/);
  return at > 0 && isDate(s.slice(0, at)) && isTime(s.slice(at + 1));
}

// RFC 3339 appendix A: each unit may be followed only by the next one (P1Y2D and PT1H2S are invalid).
const DURATION =
  /^P(?:(?:\d+D|\d+M(?:\d+D)?|\d+Y(?:\d+M(?:\d+D)?)?)(?:T(?:\d+H(?:\d+M(?:\d+S)?)?|\d+M(?:\d+S)?|\d+S))?|T(?:\d+H(?:\d+M(?:\d+S)?)?|\d+M(?:\d+S)?|\d+S)|\d+W)$/;

function isIpv4(s: string): boolean {
  const parts = s.split('.');
  return parts.length === 4 && parts.every((p) => /^(0|[1-9]\d{0,2})$/.test(p) && Number(p) <= 255);
}

function isIpv6(s: string): boolean {
  if (!/^[0-9a-fA-F:.]+$/.test(s)) return false;
  let head = s;
  let groupsForV4 = 0;
  const lastColon = s.lastIndexOf(':');
  if (s.slice(lastColon + 1).includes('.')) {
    if (!isIpv4(s.slice(lastColon + 1))) return false;
    head = s.slice(0, lastColon + 1) + '0';
    groupsForV4 = 1; // the IPv4 tail takes two groups; "0" stands for one of them
  }
  const halves = head.split('::');
  if (halves.length > 2) return false;
  const groups = halves.map((h) => (h === '' ? [] : h.split(':')));
  if (groups.some((g) => g.some((part) => !/^[0-9a-fA-F]{1,4}$/.test(part)))) return false;
  const count = groups.reduce((n, g) => n + g.length, 0) + groupsForV4;
  return halves.length === 2 ? count < 8 : count === 8;
}

function isEmail(s: string): boolean {
  const at = s.lastIndexOf('@');
  if (at <= 0) return false;
  const local = s.slice(0, at);
  const domain = s.slice(at + 1);
  const localOk = /^"(?:[^"\\]|\\.)*"$/.test(local) || /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/.test(local);
  if (!localOk) return false;
  const literal = /^\[(?:IPv6:(.+)|(.+))\]$/.exec(domain);
  if (literal !== null) return literal[1] !== undefined ? isIpv6(literal[1]) : isIpv4(literal[2]!);
  return isHostname(domain);
}

// RFC 3986 appendix A, as regular expressions over ASCII (uri) and with ucschar (iri).
const UNRESERVED = 'A-Za-z0-9\\-._~';
const SUB_DELIMS = "!$&'()*+,;=";
const PCT = '%[0-9A-Fa-f]{2}';
function uriGrammar(extra: string): { absolute: RegExp; reference: RegExp } {
  const pchar = `(?:[${UNRESERVED}${SUB_DELIMS}:@${extra}]|${PCT})`;
  const ipv6ish = `\\[([0-9A-Fa-f:.vV${UNRESERVED}${SUB_DELIMS}]+)\\]`;
  const host = `(?:${ipv6ish}|(?:[${UNRESERVED}${SUB_DELIMS}${extra}]|${PCT})*)`;
  const authority = `(?:(?:[${UNRESERVED}${SUB_DELIMS}:${extra}]|${PCT})*@)?${host}(?::\\d*)?`;
  const query = `(?:${pchar}|[/?${extra === '' ? '' : PRIVATE}])*`;
  const hierPart = `(?://${authority}(?:/${pchar}*)*|/(?:${pchar}+(?:/${pchar}*)*)?|${pchar}+(?:/${pchar}*)*|)`;
  const relPart = `(?://${authority}(?:/${pchar}*)*|/(?:${pchar}+(?:/${pchar}*)*)?|(?:[${UNRESERVED}${SUB_DELIMS}@${extra}]|${PCT})+(?:/${pchar}*)*|)`;
  const scheme = '[A-Za-z][A-Za-z0-9+\\-.]*';
  return {
    absolute: new RegExp(`^${scheme}:${hierPart}(?:\\?${query})?(?:#${query})?$`, 'u'),
    reference: new RegExp(`^(?:${scheme}:${hierPart}|${relPart})(?:\\?${query})?(?:#${query})?$`, 'u'),
  };
}
const PRIVATE = '\\u{E000}-\\u{F8FF}\\u{F0000}-\\u{FFFFD}\\u{100000}-\\u{10FFFD}';
const URI = uriGrammar('');
const IRI = uriGrammar('\\u{A0}-\\u{D7FF}\\u{F900}-\\u{FDCF}\\u{FDF0}-\\u{FFEF}\\u{10000}-\\u{EFFFD}');

/** The grammar matches, and a bracketed host is an IPv6 address or an IPvFuture literal. */
function matchesUri(re: RegExp, s: string): boolean {
  const m = re.exec(s);
  if (m === null) return false;
  const literal = m.slice(1).find((g) => g !== undefined);
  return literal === undefined || isIpv6(literal) || /^[vV][0-9A-Fa-f]+\.[A-Za-z0-9\-._~!$&'()*+,;=:]+$/.test(literal);
}

// RFC 6570: literals, and expressions of an optional operator and a list of varspecs.
const VARCHAR = '(?:[A-Za-z0-9_]|%[0-9A-Fa-f]{2})';
const VARSPEC = `${VARCHAR}(?:\\.?${VARCHAR})*(?::[1-9][0-9]{0,3}|\\*)?`;
const URI_TEMPLATE = new RegExp(
  `^(?:[\\x21\\x23\\x24\\x26-\\x3B\\x3D\\x3F-\\x5B\\x5D\\x5F\\x61-\\x7A\\x7E\\u{A0}-\\u{D7FF}\\u{F900}-\\u{FDCF}\\u{FDF0}-\\u{FFEF}\\u{10000}-\\u{EFFFD}${PRIVATE}]|%[0-9A-Fa-f]{2}|\\{[+#./;?&=,!@|]?${VARSPEC}(?:,${VARSPEC})*\\})*$`,
  'u',
);

function isRegex(s: string): boolean {
  try {
    new RegExp(s, 'u');
    return true;
  } catch {
    return false;
  }
}

const JSON_POINTER = /^(?:\/(?:[^~/]|~[01])*)*$/;

export const FORMATS: Readonly<Record<string, Test>> = {
  'date-time': strings(isDateTime),
  date: strings(isDate),
  time: strings(isTime),
  duration: strings((s) => DURATION.test(s)),
  email: strings(isEmail),
  'idn-email': strings((s) => s.includes('@') && !/\s/.test(s) && s.indexOf('@') > 0 && s.indexOf('@') < s.length - 1),
  hostname: strings(isHostname),
  'idn-hostname': strings(isIdnHostname),
  ipv4: strings(isIpv4),
  ipv6: strings(isIpv6),
  uri: strings((s) => matchesUri(URI.absolute, s)),
  'uri-reference': strings((s) => matchesUri(URI.reference, s)),
  iri: strings((s) => matchesUri(IRI.absolute, s)),
  'iri-reference': strings((s) => matchesUri(IRI.reference, s)),
  'uri-template': strings((s) => URI_TEMPLATE.test(s)),
  uuid: strings((s) => /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/.test(s)),
  'json-pointer': strings((s) => JSON_POINTER.test(s)),
  'relative-json-pointer': strings((s) => /^(0|[1-9][0-9]*)(#|(?:\/(?:[^~/]|~[01])*)*)$/.test(s)),
  regex: strings(isRegex),
};
