import { OFFICE_JS_URL, contentSecurityPolicy, policyText } from './content-security-policy';

describe('contentSecurityPolicy', () => {
  const policy = contentSecurityPolicy();

  it('lets scripts come only from the add-in and the Office.js CDN', () => {
    expect(policy['script-src']).toEqual(["'self'", 'https://appsforoffice.microsoft.com']);
    expect(OFFICE_JS_URL.startsWith('https://appsforoffice.microsoft.com/')).toBe(true);
    expect(policy['default-src']).toEqual(["'self'"]);
    expect(policy['object-src']).toEqual(["'none'"]);
  });

  it('never allows eval, and inline code only for styles', () => {
    const text = policyText(policy);
    expect(text).not.toContain('unsafe-eval');
    expect(text).not.toContain('*');
    for (const [directive, sources] of Object.entries(policy))
      if (directive !== 'style-src') expect(sources).not.toContain("'unsafe-inline'");
  });

  it('admits the dev server socket only when serving', () => {
    expect(policy['connect-src']).toEqual(["'self'"]);
    expect(contentSecurityPolicy({ devServerOrigin: 'https://localhost:3000' })['connect-src']).toEqual([
      "'self'",
      'wss://localhost:3000',
    ]);
  });

  it('writes the meta tag text', () => {
    expect(policyText({ 'default-src': ["'self'"], 'object-src': ["'none'"] })).toBe(
      "default-src 'self'; object-src 'none'",
    );
  });
});
