// normalize: rendered text -> the text written. Whatever a template's whitespace, every output
// file has LF line ends, no trailing blanks, at most two blank lines in a row and exactly one
// final newline, so templates can be laid out for reading.

/**
 * Whether normalizeWhitespace has anything to change inside the text: a CR, a blank before a line
 * end, four line ends in a row. Well-formed output has none. One pass from line end to line end
 * (indexOf runs at memchr speed) costs a third of a regex, which tries every position.
 */
function needsNormalizing(text: string): boolean {
  if (text.includes('\r')) return true;
  let run = 0;
  for (let at = text.indexOf('\n'), previous = -2; at >= 0; previous = at, at = text.indexOf('\n', at + 1)) {
    const before = text.charCodeAt(at - 1);
    if (before === 32 || before === 9) return true;
    run = at === previous + 1 ? run + 1 : 1;
    if (run === 4) return true;
  }
  return false;
}

/** LF endings, no trailing spaces, at most two blank lines in a row, exactly one final newline. */
export function normalizeWhitespace(text: string): string {
  let body = text.trimEnd();
  const inside = needsNormalizing(body);
  // The usual case, already normalized: return the text itself rather than a copy.
  if (!inside && !body.startsWith('\n') && text.length === body.length + 1 && text.endsWith('\n')) return text;
  if (inside) {
    if (body.includes('\r')) body = body.replace(/\r\n?/g, '\n');
    if (body.includes(' \n') || body.includes('\t\n')) body = stripTrailingBlanks(body);
    body = body.replace(/\n{4,}/g, '\n\n\n');
  }
  return `${body.replace(/^\n+/, '')}\n`;
}

function stripTrailingBlanks(text: string): string {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const last = line.charCodeAt(line.length - 1);
    if (last === 32 || last === 9) lines[i] = line.trimEnd(); // a regex here is quadratic in indentation
  }
  return lines.join('\n');
}
