import { diffParts, partText, type Parts } from './package-diff';
import { keptIssues, type KeepRules } from './xml-keep';
import { elementsOf, localName, parseXml } from './xml-tree';

/**
 * The parts of a user's workbook that every writing command of the CLI may patch (test/corpus/README.md,
 * "Which parts the tool owns"). What each may change is in its rules; all else must still be there.
 */
export type OwnedRole =
  | 'content types'
  | 'workbook'
  | 'workbook relationships'
  | 'styles'
  | 'shared strings'
  | 'calculation chain'
  | 'app properties';

const RULES: Readonly<Record<OwnedRole, KeepRules>> = {
  'content types': { order: { Types: 'unordered' } },
  workbook: { order: { sheets: 'prefix', definedNames: 'unordered' } },
  'workbook relationships': { order: { Relationships: 'unordered' } },
  styles: {
    order: {
      numFmts: 'unordered',
      fonts: 'prefix',
      fills: 'prefix',
      borders: 'prefix',
      cellStyleXfs: 'prefix',
      cellXfs: 'prefix',
      cellStyles: 'prefix',
      dxfs: 'prefix',
      tableStyles: 'prefix',
    },
    mutableAttributes: ['count'],
  },
  'shared strings': { order: { sst: 'prefix' }, mutableAttributes: ['count', 'uniqueCount'] },
  'calculation chain': { free: ['calcChain'] },
  'app properties': { free: ['HeadingPairs', 'TitlesOfParts'] },
};

/** Resolves a relationship target against the part that holds it (`/xl/x.xml` is absolute). */
function resolveTarget(source: string, target: string): string {
  const base = target.startsWith('/') ? [] : source.split('/').slice(0, -1);
  for (const segment of target.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') base.pop();
    else base.push(segment);
  }
  return base.join('/');
}

/** The relationships part of a part: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`. */
function relsOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** The package's name for a part, matched as OPC does: case-insensitively. */
function actualName(parts: Parts, name: string): string | undefined {
  if (parts.has(name)) return name;
  const lower = name.toLowerCase();
  return [...parts.keys()].find((n) => n.toLowerCase() === lower);
}

/** The internal targets of a part's relationships, by the last segment of their type. */
function relationships(parts: Parts, source: string): Array<{ type: string; part: string }> {
  const rels = actualName(parts, source === '' ? '_rels/.rels' : relsOf(source));
  const bytes = rels === undefined ? undefined : parts.get(rels);
  if (bytes === undefined) return [];
  return elementsOf(parseXml(partText(bytes)))
    .filter((r) => localName(r.name) === 'Relationship' && r.attributes.get('TargetMode') !== 'External')
    .map((r) => ({
      type: (r.attributes.get('Type') ?? '').split('/').pop() ?? '',
      part: resolveTarget(source, r.attributes.get('Target') ?? ''),
    }));
}

/**
 * The parts every writing command may patch in this package, found through its relationships (so
 * absolute targets, odd paths and Strict relationship types are followed), with their roles.
 *
 * @example sharedOwnedParts(parts) // Map { '[Content_Types].xml' → 'content types', 'xl/workbook.xml' → 'workbook', ... }
 */
export function sharedOwnedParts(parts: Parts): Map<string, OwnedRole> {
  const owned = new Map<string, OwnedRole>();
  const add = (name: string, role: OwnedRole): void => {
    const actual = actualName(parts, name);
    if (actual !== undefined) owned.set(actual, role);
  };
  add('[Content_Types].xml', 'content types');
  for (const rel of relationships(parts, '')) {
    if (rel.type === 'extended-properties' || rel.type === 'extendedProperties')
      add(rel.part, 'app properties');
    if (rel.type !== 'officeDocument') continue;
    add(rel.part, 'workbook');
    add(relsOf(rel.part), 'workbook relationships');
    for (const inner of relationships(parts, actualName(parts, rel.part) ?? rel.part)) {
      if (inner.type === 'styles') add(inner.part, 'styles');
      if (inner.type === 'sharedStrings') add(inner.part, 'shared strings');
      if (inner.type === 'calcChain') add(inner.part, 'calculation chain');
    }
  }
  return owned;
}

/** What a command did to the parts of the user's workbook it was given. */
export interface KeepReport {
  /** Parts of the user's workbook that are gone (a calculation chain may go: Excel rebuilds it). */
  readonly removed: readonly string[];
  /** Parts the tool does not own whose bytes changed. */
  readonly changedForeign: readonly string[];
  /** Owned parts that lost something they had: `xl/workbook.xml: /workbook/definedNames/...: missing`. */
  readonly ownedLosses: readonly string[];
  /** Owned parts that changed (within their rules). */
  readonly changedOwned: readonly string[];
  /** Parts the command added. */
  readonly added: readonly string[];
}

/**
 * Compares a command's output with the user's workbook it started from: every part the tool does not
 * own must be byte-identical, every owned part must keep what it had, and nothing may go except a
 * calculation chain. `alsoOwned` names more parts the command owns (the sheets of input tables it
 * writes to, when the user's workbook already has them).
 *
 * @example const report = whatWasKept(original, tracked); expect(report.changedForeign).toEqual([])
 */
export function whatWasKept(original: Parts, output: Parts, alsoOwned: Iterable<string> = []): KeepReport {
  const owned = sharedOwnedParts(original);
  const extra = new Set(alsoOwned);
  const diff = diffParts(original, output);
  const ownedLosses: string[] = [];
  const changedOwned: string[] = [];
  const changedForeign: string[] = [];
  for (const name of diff.changed) {
    const role = owned.get(name);
    if (extra.has(name)) changedOwned.push(name);
    else if (role === undefined) changedForeign.push(name);
    else {
      changedOwned.push(name);
      const before = partText(original.get(name) ?? new Uint8Array());
      const after = partText(output.get(name) ?? new Uint8Array());
      let issues: string[];
      try {
        issues = keptIssues(before, after, RULES[role]);
      } catch (e) {
        issues = [`not readable XML any more: ${(e as Error).message}`];
      }
      ownedLosses.push(...issues.map((issue) => `${name} (${role}): ${issue}`));
    }
  }
  return {
    removed: diff.removed.filter((name) => owned.get(name) !== 'calculation chain'),
    changedForeign,
    ownedLosses,
    changedOwned,
    added: diff.added,
  };
}
