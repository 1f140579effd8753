import JSZip from 'jszip';
import { rawWorkbook } from '../../../test/cli/helpers/raw-workbook';
import { verifyPackage } from './verify-package';

const workbook = () =>
  rawWorkbook({
    sheets: [
      { name: 'S', xml: '<row r="1"><c r="A1" t="inlineStr"><is><t>Tasks of the quarter</t></is></c></row>' },
    ],
  });

describe('verifyPackage', () => {
  it('passes a whole workbook', async () => {
    await expect(verifyPackage(await workbook())).resolves.toBeUndefined();
  });

  it('stops on a file cut short (a short write)', async () => {
    const bytes = await workbook();
    await expect(verifyPackage(bytes.subarray(0, bytes.length - 100))).rejects.toMatchObject({
      problem: { code: 'not_a_zip' },
    });
  });

  it('stops on a part whose bytes changed (a damaged disk)', async () => {
    const zip = await JSZip.loadAsync(await workbook());
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'STORE' });
    const at = Buffer.from(bytes).indexOf('Tasks of the quarter');
    const damaged = Uint8Array.from(bytes);
    damaged[at] = 0x74; // 't'
    await expect(verifyPackage(damaged)).rejects.toMatchObject({
      problem: { code: 'corrupt_part', part: 'xl/worksheets/sheet1.xml' },
    });
  });

  it('stops on a sheet whose part is missing', async () => {
    const zip = await JSZip.loadAsync(await workbook());
    zip.remove('xl/worksheets/sheet1.xml');
    await expect(verifyPackage(await zip.generateAsync({ type: 'uint8array' }))).rejects.toMatchObject({
      problem: { code: 'missing_part' },
    });
  });
});
