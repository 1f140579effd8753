// Compares zip and XML libraries with the CLI's own reader on one workbook's largest sheet
// (docs/dependencies.md, "Reading and writing .xlsx"). Not part of `npm run bench`: the candidates
// are not dependencies. In a scratch folder: `npm install fflate@0.8 txml@6 saxes@6 jszip@3.10`,
// then `node <repo>/bench/candidates/compare.cjs <workbook.xlsx> [sheet part]` from that folder
// (the repository's CLI must be built: `npm run build:cli`). Each variant runs in its own process.
/* eslint-disable @typescript-eslint/no-require-imports */
const { execFileSync } = require('node:child_process');
const { readFileSync } = require('node:fs');
const { join, resolve } = require('node:path');

const PACKAGE = resolve(__dirname, '../../dist/cli/package');
const scratch = (name) => require(join(process.cwd(), 'node_modules', name));
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

async function unzip(which, file, part) {
  const bytes = readFileSync(file);
  if (which === 'jszip') return (await scratch('jszip').loadAsync(bytes)).file(part).async('string');
  if (which === 'fflate') {
    const fflate = scratch('fflate');
    return fflate.strFromU8(fflate.unzipSync(bytes, { filter: (f) => f.name === part })[part]);
  }
  const { ZipArchive } = require(join(PACKAGE, 'zip/zip-archive.js'));
  const { utf8Chunks } = require(join(PACKAGE, 'read/utf8-chunks.js'));
  const decoder = utf8Chunks();
  let text = '';
  for await (const chunk of ZipArchive.open(bytes).chunks(part)) text += decoder.push(chunk);
  return text;
}

function parse(which, xml) {
  let cells = 0;
  if (which === 'none') return 0;
  if (which === 'saxes') {
    const parser = new (scratch('saxes').SaxesParser)();
    let inValue = false;
    parser.on('opentag', (t) => {
      if (t.name === 'c') cells++;
      if (t.name === 'v') inValue = true;
    });
    parser.on('text', (t) => inValue && Number(t));
    parser.on('closetag', (t) => t.name === 'v' && (inValue = false));
    parser.write(xml).close();
    return cells;
  }
  if (which === 'txml') {
    const walk = (nodes) => {
      for (const n of nodes) {
        if (typeof n === 'string') continue;
        if (n.tagName === 'c') {
          cells++;
          const v = n.children.find((x) => x.tagName === 'v');
          if (v !== undefined) Number(v.children[0]);
        } else walk(n.children);
      }
    };
    walk(scratch('txml').parse(xml));
    return cells;
  }
  const { SheetSplitter } = require(join(PACKAGE, 'read/sheet-splitter.js'));
  const { scanCells, rowTags } = require(join(PACKAGE, 'read/row-cells.js'));
  const { cellValue } = require(join(PACKAGE, 'read/cell-value.js'));
  const tags = rowTags('');
  const context = { tags, date1904: false, isDateStyle: () => false, sharedRef: (i) => i };
  const splitter = new SheetSplitter('', (kind, text) => {
    if (kind === 'row')
      scanCells(text, tags, (column, style, type, from, to) => {
        cells++;
        cellValue(text, from, to, type, style, context);
      });
  });
  splitter.push(xml);
  splitter.end();
  return cells;
}

async function variant(zip, xml, file, part) {
  const start = cpu();
  const text = await unzip(zip, file, part);
  const unzipped = cpu();
  const cells = parse(xml, text);
  const done = cpu();
  const rss = process.resourceUsage().maxRSS / 1024;
  console.log(
    `${zip} + ${xml}: unzip ${(unzipped - start).toFixed(0)} ms, read cells ${(done - unzipped).toFixed(0)} ms, ${cells} cells, peak RSS ${rss.toFixed(0)} MB`,
  );
}

const [file, part = 'xl/worksheets/sheet4.xml', zip, xml] = process.argv.slice(2);
if (zip !== undefined) {
  variant(zip, xml, file, part).catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
} else {
  const variants = [
    ['jszip', 'none'],
    ['fflate', 'none'],
    ['own', 'none'],
    ['own', 'saxes'],
    ['own', 'txml'],
    ['own', 'own'],
  ];
  for (const [z, x] of variants)
    process.stdout.write(
      execFileSync(process.execPath, [__filename, file, part, z, x], { encoding: 'utf8' }),
    );
}
