import { dirname, relative, resolve } from 'node:path';
import ts from 'typescript';

/** A requirement set and version, e.g. ExcelApi 1.9. `Infinity` parts stand for "Preview". */
export interface SetVersion {
  readonly set: string;
  readonly version: string;
}

/** How code touches a member: reading it, assigning it, or calling it. */
export type Access = 'read' | 'write' | 'call';

/** One use of an Office.js or CustomFunctions member in product code, with what it needs. */
export interface ApiUse {
  /** `Excel.Range.values`, `Office.Addin.showAsTaskpane`, `CustomFunctions.ErrorCode.invalidValue`. */
  readonly member: string;
  readonly access: Access;
  /** `src/excel/host/read-sources.ts:42` (repository-relative, 1-based line). */
  readonly at: string;
  /** What the typings say it needs (every set listed), after qualifiers that do not apply here are dropped. */
  readonly needs: readonly SetVersion[];
  /** The `[Api set: …]` (or `Requirement set`) text it came from. */
  readonly tag: string | null;
  /** Requirement sets checked with `isSetSupported` on every path to this use (local guards). */
  readonly guards: readonly SetVersion[];
}

/** A call of `Excel.run` and the guards that dominate it. */
export interface RunSite {
  readonly at: string;
  readonly guards: readonly SetVersion[];
}

export interface ApiReport {
  readonly uses: readonly ApiUse[];
  /** Every place `Excel.run` is called: each must be dominated by an ExcelApi guard. */
  readonly runSites: readonly RunSite[];
  /** Product files analysed (repository-relative). */
  readonly files: readonly string[];
}

const TYPINGS = /[\\/]@types[\\/](office-js|custom-functions-runtime)[\\/]/;

/**
 * Compares two dotted versions (`1.10` > `1.9`); `Preview` is above every number.
 *
 * @example compareVersions('1.10', '1.9') // 1
 */
export function compareVersions(a: string, b: string): number {
  const parts = (v: string) => (v === 'Preview' ? [Infinity] : v.split('.').map(Number));
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < Math.max(x.length, y.length); i += 1) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d > 0 ? 1 : -1;
  }
  return 0;
}

/** A clause of a tag: the version it names and when it applies. */
interface Clause {
  readonly set: string;
  readonly version: string;
  readonly text: string;
}

/**
 * The clauses of a tag's text, each with its set: `ExcelApi 1.1 for get, 1.8 for set` gives two,
 * both ExcelApi. A clause naming no set takes the set before it.
 *
 * @example tagClauses('ExcelApi 1.1 for get, 1.8 for set').map((c) => c.version) // ['1.1', '1.8']
 */
export function tagClauses(text: string): Clause[] {
  const out: Clause[] = [];
  let set = '';
  const pattern = /(?:\b([A-Za-z][A-Za-z]*)\s+)?(\d+\.\d+|Preview)\b([^;,]*)/g;
  for (const match of text.matchAll(pattern)) {
    const [, name, version = '', rest = ''] = match;
    if (name !== undefined && !/^(for|and|or|to|in|Api|Excel)$/i.test(name)) set = name;
    else if (name === 'ExcelApi' || name === 'Excel') set = 'ExcelApi';
    if (set === '') continue;
    out.push({ set, version, text: rest.trim() });
  }
  return out;
}

/**
 * The requirement text of a declaration: `[Api set: …]` (the Excel and custom-functions typings), or
 * the sets of a `**Requirement set(s)**:` list of `{@link … | Name 1.1}` (the common API), joined by `;`.
 */
function tagOf(declaration: ts.Node): string | null {
  const text = declaration.getSourceFile().text;
  const ranges = ts.getLeadingCommentRanges(text, declaration.getFullStart()) ?? [];
  for (const range of [...ranges].reverse()) {
    const comment = text.slice(range.pos, range.end);
    const api = /\[Api set:\s*([^\]]*)\]/.exec(comment);
    if (api?.[1] !== undefined) return api[1].replace(/\s+/g, ' ').trim();
    const list = /\*\*Requirement sets?\*\*:([\s\S]*?)(?:\n\s*\*\s*(?:@|\*\*)|\*\/)/.exec(comment);
    if (list?.[1] !== undefined) {
      const sets = [...list[1].matchAll(/\{@link [^|}]*\|\s*([^}]+)\}/g)].map((m) => (m[1] ?? '').trim());
      if (sets.length > 0) return sets.join('; ');
    }
  }
  return null;
}

/** What a use needs from its tag: per set, the highest version among the clauses that apply to it. */
function needsOf(tag: string, applies: (clause: Clause) => boolean): SetVersion[] {
  const best = new Map<string, string>();
  for (const clause of tagClauses(tag)) {
    if (!applies(clause)) continue;
    const known = best.get(clause.set);
    if (known === undefined || compareVersions(clause.version, known) > 0)
      best.set(clause.set, clause.version);
  }
  return [...best].map(([set, version]) => ({ set, version }));
}

/**
 * Whether a tag's clause applies to this use. Clauses say `for get`/`for set`, or name a parameter
 * (`for adding \`alwaysInsert\` parameter`, `for password`, `for null \`destinationRange\``); a clause
 * whose condition is not understood applies (the check errs on the strict side).
 */
function clauseApplies(
  clause: Clause,
  access: Access,
  passed: ReadonlyMap<string, ts.Expression>,
  parameters: readonly string[],
): boolean {
  const text = clause.text.toLowerCase();
  if (/^for (get|getting|reading)\b/.test(text)) return access !== 'write';
  if (/^for (set|setting)\b/.test(text)) return access === 'write';
  const named = parameters.find((p) => new RegExp(`\\b${p.toLowerCase()}\\b`).test(text));
  if (named !== undefined && /parameter|^for\b|allows/.test(text)) {
    const argument = passed.get(named);
    if (argument === undefined) return false;
    if (/\bnull\b/.test(text)) return argument.kind === ts.SyntaxKind.NullKeyword;
    return true;
  }
  return true;
}

/** `Excel.Range.values` for a member's declaration: its containers' names, outermost first. */
function qualifiedName(declaration: ts.Declaration): string {
  const names: string[] = [];
  for (let node: ts.Node | undefined = declaration; node !== undefined; node = node.parent) {
    const name = ts.getNameOfDeclaration(node as ts.Declaration);
    if (name !== undefined && (ts.isIdentifier(name) || ts.isStringLiteral(name))) names.unshift(name.text);
    if (ts.isSourceFile(node)) break;
  }
  return names.join('.');
}

function position(node: ts.Node, root: string): string {
  const file = node.getSourceFile();
  const { line } = file.getLineAndCharacterOfPosition(node.getStart());
  return `${relative(root, file.fileName)}:${line + 1}`;
}

/** The text of a string literal, or of a `const` initialised with one. */
function literalText(node: ts.Expression | undefined, checker: ts.TypeChecker): string | null {
  if (node === undefined) return null;
  if (ts.isStringLiteralLike(node)) return node.text;
  if (!ts.isIdentifier(node)) return null;
  const symbol = checker.getSymbolAtLocation(node);
  const target = symbol && symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
  const declaration = target?.valueDeclaration;
  if (declaration === undefined || !ts.isVariableDeclaration(declaration)) return null;
  if (!(ts.getCombinedNodeFlags(declaration) & ts.NodeFlags.Const)) return null;
  const init = declaration.initializer;
  return init !== undefined && ts.isStringLiteralLike(init) ? init.text : null;
}

/**
 * An `isSetSupported('X', '1.2')` call (literals or constants; `?? false` and parentheses allowed
 * around it), or a call of a function that only returns one.
 */
function setCheckOf(node: ts.Node, checker: ts.TypeChecker, depth = 0): SetVersion | null {
  if (ts.isParenthesizedExpression(node)) return setCheckOf(node.expression, checker, depth);
  if (
    ts.isBinaryExpression(node) &&
    node.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken &&
    node.right.kind === ts.SyntaxKind.FalseKeyword
  )
    return setCheckOf(node.left, checker, depth);
  if (!ts.isCallExpression(node)) return null;
  const callee = node.expression;
  const name = ts.isPropertyAccessExpression(callee) ? callee.name.text : undefined;
  if (name === 'isSetSupported') {
    const [set, version] = node.arguments;
    const setName = literalText(set, checker);
    if (setName === null) return null;
    return {
      set: setName,
      version: version === undefined ? '1.1' : (literalText(version, checker) ?? '1.1'),
    };
  }
  if (depth > 0) return null;
  const symbol = checker.getSymbolAtLocation(ts.isPropertyAccessExpression(callee) ? callee.name : callee);
  const target = symbol && symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
  for (const declaration of target?.declarations ?? []) {
    let body: ts.Node | undefined;
    if (ts.isFunctionDeclaration(declaration) || ts.isMethodDeclaration(declaration)) body = declaration.body;
    if (ts.isVariableDeclaration(declaration) && declaration.initializer !== undefined) {
      const init = declaration.initializer;
      if (ts.isArrowFunction(init) || ts.isFunctionExpression(init)) body = init.body;
    }
    if (body === undefined) continue;
    if (ts.isBlock(body)) {
      const [only] = body.statements;
      if (body.statements.length === 1 && only !== undefined && ts.isReturnStatement(only) && only.expression)
        return setCheckOf(only.expression, checker, depth + 1);
    } else return setCheckOf(body, checker, depth + 1);
  }
  return null;
}

/** The set checks a condition requires to be true (`a && isSetSupported(…)` requires both). */
function checksIn(condition: ts.Expression, checker: ts.TypeChecker): SetVersion[] {
  if (ts.isParenthesizedExpression(condition)) return checksIn(condition.expression, checker);
  if (
    ts.isBinaryExpression(condition) &&
    condition.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken
  )
    return [...checksIn(condition.left, checker), ...checksIn(condition.right, checker)];
  const check = setCheckOf(condition, checker);
  return check === null ? [] : [check];
}

/** `!check` (possibly in parentheses): the checks whose failure the condition tests. */
function negatedChecks(condition: ts.Expression, checker: ts.TypeChecker): SetVersion[] {
  if (ts.isParenthesizedExpression(condition)) return negatedChecks(condition.expression, checker);
  if (ts.isPrefixUnaryExpression(condition) && condition.operator === ts.SyntaxKind.ExclamationToken)
    return checksIn(condition.operand, checker);
  return [];
}

/** Whether a statement always leaves its block (throw or return), so what follows runs only when it did not. */
function exits(statement: ts.Statement): boolean {
  if (ts.isThrowStatement(statement) || ts.isReturnStatement(statement)) return true;
  if (ts.isBlock(statement)) return statement.statements.some(exits);
  return false;
}

/**
 * The checks a statement guarantees for the statements after it: `if (!check) throw …;`, or a call
 * of a function that begins with such a guard (or with `if (check) return; throw …`).
 */
function guardStatement(statement: ts.Statement, checker: ts.TypeChecker, depth = 0): SetVersion[] {
  if (ts.isIfStatement(statement) && statement.elseStatement === undefined && exits(statement.thenStatement))
    return negatedChecks(statement.expression, checker);
  if (depth > 0 || !ts.isExpressionStatement(statement) || !ts.isCallExpression(statement.expression))
    return [];
  const callee = statement.expression.expression;
  const symbol = checker.getSymbolAtLocation(ts.isPropertyAccessExpression(callee) ? callee.name : callee);
  const target = symbol && symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
  for (const declaration of target?.declarations ?? []) {
    if (!ts.isFunctionDeclaration(declaration) || declaration.body === undefined) continue;
    const [first, second] = declaration.body.statements;
    if (first === undefined) continue;
    const direct = guardStatement(first, checker, depth + 1);
    if (direct.length > 0) return direct;
    // `if (check) return; throw …` is the same guard written the other way round.
    if (
      ts.isIfStatement(first) &&
      first.elseStatement === undefined &&
      exits(first.thenStatement) &&
      second !== undefined &&
      ts.isThrowStatement(second)
    )
      return checksIn(first.expression, checker);
  }
  return [];
}

/** The checks that hold wherever `node` runs: enclosing branches and guard statements before it. */
function guardsAt(node: ts.Node, checker: ts.TypeChecker): SetVersion[] {
  const out: SetVersion[] = [];
  let child: ts.Node = node;
  for (let parent = node.parent; parent !== undefined; child = parent, parent = parent.parent) {
    if (ts.isIfStatement(parent) && parent.thenStatement === child)
      out.push(...checksIn(parent.expression, checker));
    if (ts.isConditionalExpression(parent) && parent.whenTrue === child)
      out.push(...checksIn(parent.condition, checker));
    if (
      ts.isBinaryExpression(parent) &&
      parent.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken &&
      parent.right === child
    )
      out.push(...checksIn(parent.left, checker));
    if ((ts.isBlock(parent) || ts.isSourceFile(parent)) && ts.isStatement(child as ts.Statement)) {
      const statements = parent.statements as ts.NodeArray<ts.Statement>;
      for (const statement of statements) {
        if (statement === child) break;
        out.push(...guardStatement(statement, checker));
      }
    }
  }
  return out;
}

function accessOf(node: ts.PropertyAccessExpression): Access {
  const parent = node.parent;
  if ((ts.isCallExpression(parent) || ts.isNewExpression(parent)) && parent.expression === node)
    return 'call';
  if (
    ts.isBinaryExpression(parent) &&
    parent.left === node &&
    parent.operatorToken.kind >= ts.SyntaxKind.FirstAssignment &&
    parent.operatorToken.kind <= ts.SyntaxKind.LastAssignment
  )
    return 'write';
  return 'read';
}

/** The arguments of a call by parameter name (from the signature Excel's typings declare). */
function passedArguments(
  call: ts.CallExpression,
  declaration: ts.SignatureDeclaration | undefined,
): { passed: Map<string, ts.Expression>; parameters: string[] } {
  const parameters = (declaration?.parameters ?? []).map((p) => p.name.getText());
  const passed = new Map<string, ts.Expression>();
  call.arguments.forEach((argument, i) => {
    const name = parameters[i];
    if (name !== undefined) passed.set(name, argument);
  });
  return { passed, parameters };
}

/**
 * Every Office.js and CustomFunctions member the product uses — property reads and writes, calls
 * (with the overload TypeScript resolves), object-literal properties typed by the typings (such as
 * `Excel.run` options), the paths named in `load('…')` strings, and element access (`codes[key]`
 * counts every member `key` could name) — with the requirement set and
 * version `@types/office-js` and `@types/custom-functions-runtime` give it, and the `isSetSupported`
 * checks that guard it. Read with the TypeScript compiler over the add-in's entry files and
 * everything they import.
 *
 * @example officeApiUses(['taskpane/runtime.ts', 'functions/functions.ts'], repoRoot).uses.length // > 100
 */
export function officeApiUses(entries: readonly string[], root: string): ApiReport {
  const configFile = ts.findConfigFile(root, ts.sys.fileExists, 'tsconfig.json');
  if (configFile === undefined) throw new Error(`no tsconfig.json in ${root}`);
  const parsed = ts.parseJsonConfigFileContent(
    ts.readConfigFile(configFile, ts.sys.readFile).config,
    ts.sys,
    dirname(configFile),
  );
  const program = ts.createProgram(
    entries.map((e) => resolve(root, e)),
    { ...parsed.options, noEmit: true },
  );
  const checker = program.getTypeChecker();
  const files = program
    .getSourceFiles()
    .filter((f) => !f.isDeclarationFile && !/[\\/]node_modules[\\/]/.test(f.fileName));
  const uses: ApiUse[] = [];
  const runSites: RunSite[] = [];

  const record = (
    symbol: ts.Symbol | undefined,
    node: ts.Node,
    access: Access,
    signature?: ts.Signature,
    call?: ts.CallExpression,
  ) => {
    const target = symbol && symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    const declarations = target?.declarations ?? [];
    const official = declarations.filter((d) => TYPINGS.test(d.getSourceFile().fileName));
    if (official.length === 0) return;
    const chosen = (signature?.declaration as ts.Declaration | undefined) ?? official[0];
    if (chosen === undefined || !TYPINGS.test(chosen.getSourceFile().fileName)) return;
    let tag = tagOf(chosen);
    // Enum members and interface members without a tag of their own take their container's.
    if (tag === null && (ts.isEnumMember(chosen) || ts.isPropertySignature(chosen)))
      tag = tagOf(chosen.parent);
    const { passed, parameters } =
      call === undefined
        ? { passed: new Map<string, ts.Expression>(), parameters: [] }
        : passedArguments(call, chosen as ts.SignatureDeclaration);
    uses.push({
      member: qualifiedName(chosen),
      access,
      at: position(node, root),
      needs: tag === null ? [] : needsOf(tag, (c) => clauseApplies(c, access, passed, parameters)),
      tag,
      guards: guardsAt(node, checker),
    });
  };

  const loadPaths = (call: ts.CallExpression, owner: ts.Expression) => {
    const [argument] = call.arguments;
    if (argument === undefined || !ts.isStringLiteralLike(argument)) return;
    for (const path of argument.text.split(',')) {
      let type = checker.getTypeAtLocation(owner);
      for (const segment of path.trim().split('/')) {
        if (segment === '') break;
        type = checker.getNonNullableType(type);
        if (checker.isArrayType(type)) type = checker.getTypeArguments(type as ts.TypeReference)[0] ?? type;
        const property = checker.getPropertyOfType(type, segment);
        if (property === undefined) break;
        record(property, argument, 'read');
        type = checker.getTypeOfSymbolAtLocation(property, argument);
      }
    }
  };

  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAccessExpression(node)) {
      const access = accessOf(node);
      const symbol = checker.getSymbolAtLocation(node.name);
      if (access === 'call' && ts.isNewExpression(node.parent)) record(symbol, node.name, access);
      else if (access === 'call') {
        const call = node.parent as ts.CallExpression;
        record(symbol, node.name, access, checker.getResolvedSignature(call), call);
        if (node.name.text === 'load') loadPaths(call, node.expression);
        if (node.name.text === 'run' && qualifiedOwner(symbol) === 'Excel')
          runSites.push({ at: position(node, root), guards: guardsAt(node, checker) });
      } else record(symbol, node.name, access);
    }
    if (ts.isElementAccessExpression(node)) {
      // `codes['notAvailable']` is that member; `codes[key]` may be any of them: all are counted.
      const type = checker.getTypeAtLocation(node.expression);
      const key = node.argumentExpression;
      const members = ts.isStringLiteralLike(key)
        ? [checker.getPropertyOfType(type, key.text)]
        : checker.getPropertiesOfType(type);
      for (const member of members) record(member, key, 'read');
    }
    if (ts.isPropertyAssignment(node) || ts.isShorthandPropertyAssignment(node)) {
      const literal = node.parent;
      if (ts.isObjectLiteralExpression(literal)) {
        const type = checker.getContextualType(literal);
        const name = node.name.getText();
        const property = type === undefined ? undefined : checker.getPropertyOfType(type, name);
        if (property !== undefined) record(property, node.name, 'write');
      }
    }
    ts.forEachChild(node, visit);
  };

  const qualifiedOwner = (symbol: ts.Symbol | undefined): string | null => {
    const declaration = symbol?.declarations?.[0];
    if (declaration === undefined || !TYPINGS.test(declaration.getSourceFile().fileName)) return null;
    const name = qualifiedName(declaration);
    return name.slice(0, name.lastIndexOf('.'));
  };

  for (const file of files) visit(file);
  return { uses, runSites, files: files.map((f) => relative(root, f.fileName)) };
}
