// Host names for the `hostname` and `idn-hostname` formats: RFC 1123 labels, and IDNA2008
// (RFC 5890-5893) for internationalized ones: A-labels ("xn--") decoded by Punycode (RFC 3492)
// and re-encoded to themselves, U-labels checked for hyphen placement, leading combining marks,
// disallowed code points (RFC 5892's derivation, from Unicode properties), the contextual rules
// of its appendix A, and the Bidi rule (RFC 5893). Unicode's Bidi classes and joining types are
// not exposed to regular expressions, so they are derived from scripts: exact for the scripts
// the rules are about (Hebrew, Arabic, the digit sets), approximate elsewhere.

const BASE = 36;
const T_MIN = 1;
const T_MAX = 26;

function adapt(delta: number, points: number, first: boolean): number {
  delta = first ? Math.floor(delta / 700) : delta >> 1;
  delta += Math.floor(delta / points);
  let k = 0;
  while (delta > ((BASE - T_MIN) * T_MAX) >> 1) {
    delta = Math.floor(delta / (BASE - T_MIN));
    k += BASE;
  }
  return k + Math.floor(((BASE - T_MIN + 1) * delta) / (delta + 38));
}

/** RFC 3492 decoding; null when the input is not valid Punycode. */
export function punycodeDecode(input: string): string | null {
  const at = input.lastIndexOf('-');
  const output = at < 0 ? [] : [...input.slice(0, at)].map((c) => c.codePointAt(0)!);
  if (output.some((c) => c >= 0x80)) return null;
  let n = 128;
  let bias = 72;
  let i = 0;
  for (let pos = at < 0 ? 0 : at + 1; pos < input.length;) {
    const old = i;
    for (let w = 1, k = BASE; ; k += BASE) {
      if (pos >= input.length) return null;
      const c = input.charCodeAt(pos++);
      const digit = c >= 0x30 && c <= 0x39 ? c - 22 : c >= 0x41 && c <= 0x5a ? c - 0x41 : c >= 0x61 && c <= 0x7a ? c - 0x61 : BASE;
      if (digit >= BASE) return null;
      i += digit * w;
      const t = k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias;
      if (digit < t) break;
      w *= BASE - t;
      if (i > 0x10ffff * 4) return null;
    }
    bias = adapt(i - old, output.length + 1, old === 0);
    n += Math.floor(i / (output.length + 1));
    i %= output.length + 1;
    if (n > 0x10ffff) return null;
    output.splice(i++, 0, n);
  }
  return String.fromCodePoint(...output);
}

/** RFC 3492 encoding of a label's code points (used to check an A-label re-encodes to itself). */
export function punycodeEncode(input: string): string {
  const points = [...input].map((c) => c.codePointAt(0)!);
  const basic = points.filter((c) => c < 0x80);
  let output = String.fromCodePoint(...basic);
  let handled = basic.length;
  if (handled > 0) output += '-';
  let n = 128;
  let delta = 0;
  let bias = 72;
  while (handled < points.length) {
    const m = Math.min(...points.filter((c) => c >= n));
    delta += (m - n) * (handled + 1);
    n = m;
    for (const c of points) {
      if (c < n) delta++;
      if (c !== n) continue;
      let q = delta;
      for (let k = BASE; ; k += BASE) {
        const t = k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias;
        if (q < t) break;
        const digit = t + ((q - t) % (BASE - t));
        output += String.fromCharCode(digit < 26 ? digit + 97 : digit + 22);
        q = Math.floor((q - t) / (BASE - t));
      }
      output += String.fromCharCode(q < 26 ? q + 97 : q + 22);
      bias = adapt(delta, handled + 1, handled === basic.length);
      delta = 0;
      handled++;
    }
    delta++;
    n++;
  }
  return output;
}

const LDH_LABEL = /^[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?$/;

// RFC 5892 section 2.6: code points whose status is fixed by exception.
const EXCEPTIONS_PVALID = new Set([0xdf, 0x3c2, 0x6fd, 0x6fe, 0xf0b, 0x3007]);
const EXCEPTIONS_DISALLOWED = new Set([0x640, 0x7fa, 0x302e, 0x302f, 0x3031, 0x3032, 0x3033, 0x3034, 0x3035, 0x303b]);
const CONTEXTO = new Set([0xb7, 0x375, 0x5f3, 0x5f4, 0x30fb]);
/** Code points with canonical combining class 9 (Virama), which the ZWJ / ZWNJ rules look for. */
const VIRAMAS = new Set([
  0x94d, 0x9cd, 0xa4d, 0xacd, 0xb4d, 0xbcd, 0xc4d, 0xccd, 0xd3b, 0xd3c, 0xd4d, 0xdca, 0xe3a, 0xeba, 0xf84, 0x1039, 0x103a, 0x1714, 0x1734, 0x17d2, 0x1a60,
  0x1b44, 0x1baa, 0x1bab, 0x1bf2, 0x1bf3, 0x2d7f, 0xa806, 0xa8c4, 0xa953, 0xa9c0, 0xaaf6, 0xabed, 0x10a3f, 0x11046, 0x1107f, 0x110b9, 0x11133, 0x11134, 0x111c0,
  0x11235, 0x112ea, 0x1134d, 0x11442, 0x114c2, 0x115bf, 0x1163f, 0x116b6, 0x1172b, 0x11839, 0x119e0, 0x11a34, 0x11a47, 0x11a99, 0x11c3f, 0x11d44, 0x11d45,
  0x11d97,
]);

const LETTER_DIGIT = /^[\p{Ll}\p{Lo}\p{Nd}\p{Lm}\p{Mn}\p{Mc}]$/u;
const IGNORABLE = /^[\p{Default_Ignorable_Code_Point}\p{White_Space}\p{Noncharacter_Code_Point}]$/u;

/** RFC 5892's derived property, without the contextual rules: 'PVALID', 'CONTEXTJ', 'CONTEXTO' or 'DISALLOWED'. */
function status(cp: number): string {
  if (EXCEPTIONS_PVALID.has(cp)) return 'PVALID';
  if (EXCEPTIONS_DISALLOWED.has(cp)) return 'DISALLOWED';
  if (CONTEXTO.has(cp) || (cp >= 0x660 && cp <= 0x669) || (cp >= 0x6f0 && cp <= 0x6f9)) return 'CONTEXTO';
  if (cp === 0x200c || cp === 0x200d) return 'CONTEXTJ';
  if (cp === 0x2d || (cp >= 0x30 && cp <= 0x39) || (cp >= 0x61 && cp <= 0x7a)) return 'PVALID';
  const c = String.fromCodePoint(cp);
  if (!/^\p{Assigned}$/u.test(c)) return 'DISALLOWED';
  if (c.normalize('NFKC').toLowerCase().normalize('NFKC') !== c) return 'DISALLOWED'; // Unstable
  if (IGNORABLE.test(c) || (cp >= 0x1100 && cp <= 0x11ff) || (cp >= 0xa960 && cp <= 0xa97f) || (cp >= 0xd7b0 && cp <= 0xd7ff)) return 'DISALLOWED';
  // IgnorableBlocks: Combining Diacritical Marks for Symbols, Musical Symbols, Ancient Greek Musical Notation.
  if ((cp >= 0x20d0 && cp <= 0x20ff) || (cp >= 0x1d100 && cp <= 0x1d24f)) return 'DISALLOWED';
  return LETTER_DIGIT.test(c) ? 'PVALID' : 'DISALLOWED';
}

const script = (c: string | undefined, name: string): boolean => c !== undefined && new RegExp(`^\\p{Script=${name}}$`, 'u').test(c);

/** RFC 5892 appendix A: the contextual rule of the code point at `i`. */
function contextual(chars: readonly string[], i: number): boolean {
  const cp = chars[i]!.codePointAt(0)!;
  const before = chars[i - 1];
  const after = chars[i + 1];
  if (cp === 0x200d) return before !== undefined && VIRAMAS.has(before.codePointAt(0)!);
  if (cp === 0x200c) {
    if (before !== undefined && VIRAMAS.has(before.codePointAt(0)!)) return true;
    const joining = (c: string | undefined): boolean => script(c, 'Arabic') && /^\p{L}$/u.test(c!);
    let b = i - 1;
    while (b >= 0 && /^\p{Mn}$/u.test(chars[b]!)) b--;
    let a = i + 1;
    while (a < chars.length && /^\p{Mn}$/u.test(chars[a]!)) a++;
    return joining(chars[b]) && joining(chars[a]);
  }
  if (cp === 0xb7) return before === 'l' && after === 'l';
  if (cp === 0x375) return script(after, 'Greek');
  if (cp === 0x5f3 || cp === 0x5f4) return script(before, 'Hebrew');
  if (cp === 0x30fb) return chars.some((c) => c !== '\u30fb' && (script(c, 'Hiragana') || script(c, 'Katakana') || script(c, 'Han')));
  if (cp >= 0x660 && cp <= 0x669) return !chars.some((c) => c >= '\u06f0' && c <= '\u06f9');
  if (cp >= 0x6f0 && cp <= 0x6f9) return !chars.some((c) => c >= '\u0660' && c <= '\u0669');
  return false;
}

function isULabel(label: string): boolean {
  const chars = [...label];
  if (chars.length === 0) return false;
  if (label.startsWith('-') || label.endsWith('-') || label.slice(2, 4) === '--') return false;
  if (/^\p{M}/u.test(label)) return false;
  if (label.normalize('NFC') !== label) return false;
  return chars.every((c, i) => {
    const s = status(c.codePointAt(0)!);
    return s === 'PVALID' || ((s === 'CONTEXTJ' || s === 'CONTEXTO') && contextual(chars, i));
  });
}

/** RFC 5893's classes, derived from scripts (see the header). */
function bidiClass(c: string): string {
  if (c >= '0' && c <= '9') return 'EN';
  if (c >= '\u06f0' && c <= '\u06f9') return 'EN';
  if (c >= '\u0660' && c <= '\u0669') return 'AN';
  if (/^\p{Mn}$/u.test(c)) return 'NSM';
  // ZWNJ and ZWJ are Boundary Neutral, which an RTL label allows: the only format characters a
  // U-label may hold (CONTEXTJ), so no other one reaches here. As 'L' they failed every Arabic
  // label with a ZWNJ between joining letters (RFC 5892 A.1 allows it).
  if (c === '\u200c' || c === '\u200d') return 'BN';
  if (script(c, 'Hebrew')) return 'R';
  if (script(c, 'Arabic') || script(c, 'Syriac') || script(c, 'Thaana')) return 'AL';
  if (c === '-') return 'ON';
  return 'L';
}

function bidiLabelOk(label: string): boolean {
  const classes = [...label].map(bidiClass);
  const first = classes[0];
  let last = classes.length - 1;
  while (last > 0 && classes[last] === 'NSM') last--;
  const end = classes[last]!;
  if (first === 'R' || first === 'AL') {
    if (!classes.every((c) => ['R', 'AL', 'AN', 'EN', 'ES', 'CS', 'ET', 'ON', 'BN', 'NSM'].includes(c))) return false;
    if (!['R', 'AL', 'EN', 'AN'].includes(end)) return false;
    return !(classes.includes('EN') && classes.includes('AN'));
  }
  if (first !== 'L') return false;
  return classes.every((c) => ['L', 'EN', 'ES', 'CS', 'ET', 'ON', 'BN', 'NSM'].includes(c)) && (end === 'L' || end === 'EN');
}

/** A label as its A-label (ASCII) form, or null when it is not a valid label. */
function aLabel(label: string): string | null {
  if (/^xn--/i.test(label)) {
    const decoded = punycodeDecode(label.slice(4));
    if (decoded === null || /^[\x00-\x7f]*$/.test(decoded) || punycodeEncode(decoded) !== label.slice(4).toLowerCase() || !isULabel(decoded)) return null;
    return label;
  }
  if (/^[\x00-\x7f]*$/.test(label)) return LDH_LABEL.test(label) && label.slice(2, 4) !== '--' ? label : null;
  return isULabel(label) ? `xn--${punycodeEncode(label)}` : null;
}

function isHost(s: string, separators: RegExp, allowUnicode: boolean): boolean {
  if (s.length === 0) return false;
  const labels = s.split(separators);
  const ascii: string[] = [];
  const unicode: string[] = [];
  for (const label of labels) {
    if (!allowUnicode && !/^[\x00-\x7f]*$/.test(label)) return false;
    const a = aLabel(label);
    if (a === null || a.length > 63) return false;
    ascii.push(a);
    unicode.push(/^xn--/i.test(a) ? punycodeDecode(a.slice(4))! : a);
  }
  if (ascii.join('.').length > 253) return false;
  const rtl = unicode.some((l) => [...l].some((c) => ['R', 'AL', 'AN'].includes(bidiClass(c))));
  return !rtl || unicode.every(bidiLabelOk);
}

export const isHostname = (s: string): boolean => isHost(s, /\./, false);
export const isIdnHostname = (s: string): boolean => isHost(s, /[.\u3002\uff0e\uff61]/, true);
