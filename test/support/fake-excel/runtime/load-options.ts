import { officeError } from '../core/errors';

/**
 * The property paths a `load(...)` call asks for, as Office.js reads its argument: `'a, b/c'`,
 * `['a', 'b/c']`, `{ select: 'a', expand: 'b' }`, or the strict form `{ a: true, b: { c: true } }`
 * (`$all: true` means every scalar). An empty list means "every scalar property".
 *
 * @example loadPaths('values, format/fill/color') // ['values', 'format/fill/color']
 * @example loadPaths({ address: true, format: { font: { bold: true } } }) // ['address', 'format/font/bold']
 */
export function loadPaths(option: unknown): string[] {
  if (option === undefined || option === null) return [];
  if (typeof option === 'string') return splitList(option);
  if (Array.isArray(option))
    return option.flatMap((o) => (typeof o === 'string' ? splitList(o) : invalid('option')));
  if (typeof option !== 'object') return invalid('option');
  const record = option as Record<string, unknown>;
  if (isLoadOption(record)) {
    const select = listOf(record['select'], 'option.select');
    const expand = listOf(record['expand'], 'option.expand');
    return [...select, ...expand];
  }
  return strictPaths(record, '');
}

function isLoadOption(o: Record<string, unknown>): boolean {
  const keys = Object.keys(o);
  return (
    keys.length === 0 || keys.some((k) => k === 'select' || k === 'expand' || k === 'top' || k === 'skip')
  );
}

function listOf(value: unknown, name: string): string[] {
  if (value === undefined || value === null) return [];
  if (typeof value === 'string') return splitList(value);
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value as string[];
  return invalid(name);
}

function strictPaths(o: Record<string, unknown>, prefix: string): string[] {
  const out: string[] = [];
  for (const [key, value] of Object.entries(o)) {
    const path = prefix === '' ? key : `${prefix}/${key}`;
    if (key === '$all') {
      if (typeof value !== 'boolean') return invalid(path);
      if (value) out.push(prefix === '' ? '*' : `${prefix}/*`);
    } else if (typeof value === 'boolean') {
      if (value) out.push(path);
    } else if (typeof value === 'object' && value !== null) {
      out.push(...strictPaths(value as Record<string, unknown>, path));
    } else {
      return invalid(path);
    }
  }
  return out;
}

function splitList(text: string): string[] {
  return text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

function invalid(argument: string): never {
  throw officeError('InvalidArgument', { location: 'load', detail: `bad load option ${argument}`, argument });
}
