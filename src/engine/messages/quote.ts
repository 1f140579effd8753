const MAX_QUOTED = 60;

/**
 * A user's value inside a message: in double quotes, control characters made visible, and cut to
 * 60 characters so a 100,000-character cell does not become a 100,000-character message.
 *
 * @example quote('done') // '"done"'
 * @example quote('a\tb') // '"a\\tb"'
 */
export function quote(value: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what this makes visible
  const visible = value.replace(/[\u0000-\u001f\u007f]/g, (c) => {
    const named: Record<string, string> = { '\t': '\\t', '\n': '\\n', '\r': '\\r' };
    return named[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
  const cut =
    visible.length > MAX_QUOTED ? `${visible.slice(0, MAX_QUOTED)}… (${value.length} characters)` : visible;
  return `"${cut}"`;
}

/** `a, b and c` */
export function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
