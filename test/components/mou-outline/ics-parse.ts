/** A small RFC 5545 reader for the tests: checks line ends and folding, unfolds, unescapes. */
export interface ParsedEvent {
  [name: string]: string;
}

export function parseIcs(text: string): { calendar: Record<string, string>; events: ParsedEvent[] } {
  if (!text.endsWith('\r\n')) throw new Error('must end with CRLF');
  if (/[^\r]\n/.test(text)) throw new Error('bare LF');
  const physical = text.slice(0, -2).split('\r\n');
  const encoder = new TextEncoder();
  for (const line of physical) if (encoder.encode(line).length > 75) throw new Error(`line over 75 octets: ${line}`);
  const lines: string[] = [];
  for (const line of physical) {
    if (line.startsWith(' ') || line.startsWith('\t')) lines[lines.length - 1] += line.slice(1);
    else lines.push(line);
  }
  const unescape = (v: string) => v.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
  const calendar: Record<string, string> = {};
  const events: ParsedEvent[] = [];
  let current: ParsedEvent | undefined;
  const stack: string[] = [];
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon < 1) throw new Error(`no name: ${line}`);
    const name = line.slice(0, colon);
    const value = line.slice(colon + 1);
    if (name === 'BEGIN') {
      stack.push(value);
      if (value === 'VEVENT') current = {};
    } else if (name === 'END') {
      if (stack.pop() !== value) throw new Error(`END:${value} does not match`);
      if (value === 'VEVENT' && current) (events.push(current), (current = undefined));
    } else if (current) current[name] = unescape(value);
    else calendar[name] = unescape(value);
  }
  if (stack.length) throw new Error('unclosed component');
  return { calendar, events };
}
