/** The directives of a page's `<meta http-equiv="Content-Security-Policy">`. */
export function pagePolicy(html: string): Map<string, string[]> {
  const content = /<meta http-equiv="?Content-Security-Policy"? content="([^"]*)"/i.exec(html)?.[1];
  if (content === undefined) throw new Error('the page has no Content-Security-Policy meta tag');
  return new Map(
    content
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name = '', ...sources]) => [name, sources] as const),
  );
}

/** The page's scripts in document order: src, whether deferred, inline body. */
export function pageScripts(html: string): { src: string | null; deferred: boolean; body: string }[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].map(([, attrs = '', body = '']) => ({
    src: /\bsrc="?([^"\s>]+)"?/.exec(attrs)?.[1] ?? null,
    deferred: /\b(defer|async)\b/.test(attrs),
    body: body.trim(),
  }));
}
