import { readFile, writeFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';

/**
 * The I/O floor of the CLI: ExcelJS loading a workbook and writing it back, nothing else.
 * `node exceljs-floor.js <input.xlsx> <output.xlsx>`
 */
async function main(input: string, output: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile(input)) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  await writeFile(output, new Uint8Array(await workbook.xlsx.writeBuffer()));
}

const [input, output] = process.argv.slice(2);
if (input === undefined || output === undefined) throw new Error('usage: exceljs-floor <input> <output>');
void main(input, output);
