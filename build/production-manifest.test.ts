import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateManifest } from '../test/manifest/validate-manifest';
import { DEFAULT_BASE_URL, DEV_BASE_URL, normalizeBaseUrl, productionManifest } from './production-manifest';

const manifest = readFileSync(join(__dirname, '..', 'manifest.xml'), 'utf8');
const count = (text: string, part: string) => text.split(part).length - 1;

describe('normalizeBaseUrl', () => {
  it.each([
    [undefined, DEFAULT_BASE_URL],
    ['', DEFAULT_BASE_URL],
    ['  ', DEFAULT_BASE_URL],
    ['https://addins.contoso.com', 'https://addins.contoso.com'],
    ['https://addins.contoso.com/', 'https://addins.contoso.com'],
    ['https://addins.contoso.com/operator//', 'https://addins.contoso.com/operator'],
    [' https://ADDINS.contoso.com:8443/a/b ', 'https://addins.contoso.com:8443/a/b'],
  ])('%j → %s', (raw, expected) => {
    expect(normalizeBaseUrl(raw)).toBe(expected);
  });

  it.each([
    ['http://addins.contoso.com', /must use https/],
    ['addins.contoso.com', /is not a URL/],
    ['https://addins.contoso.com/?v=1', /without query/],
    ['https://addins.contoso.com/#top', /without query/],
    ['https://user:pw@addins.contoso.com', /credentials/],
  ])('refuses %s', (raw, message) => {
    expect(() => normalizeBaseUrl(raw)).toThrow(message);
  });
});

describe('productionManifest', () => {
  const base = 'https://addins.contoso.com/operator';
  const prod = productionManifest(manifest, base);

  it('replaces every localhost URL, not only the first', () => {
    expect(count(manifest, DEV_BASE_URL)).toBeGreaterThan(10);
    expect(prod).not.toContain('localhost');
    // AppDomain takes the origin; every other occurrence takes the whole base URL.
    expect(count(prod, `${base}/`)).toBe(count(manifest, `${DEV_BASE_URL}/`));
    expect(prod).toContain('<AppDomain>https://addins.contoso.com</AppDomain>');
  });

  it('replaces two occurrences on one line (String.replace with a string would not)', () => {
    const line = `<a x="${DEV_BASE_URL}/a.png" y="${DEV_BASE_URL}/b.png" />`;
    expect(productionManifest(line, 'https://x.example')).toBe(
      '<a x="https://x.example/a.png" y="https://x.example/b.png" />',
    );
  });

  it('keeps everything else as it was', () => {
    expect(
      prod.replaceAll(base, DEV_BASE_URL).replace('https://addins.contoso.com<', `${DEV_BASE_URL}<`),
    ).toBe(manifest);
  });

  it('still validates against the official schemas', () => {
    expect(validateManifest(prod)).toEqual({ ok: true, output: '' });
  });
});
