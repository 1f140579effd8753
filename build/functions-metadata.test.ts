import { METADATA_OPTIONS, withMetadataOptions } from './functions-metadata';

describe('withMetadataOptions', () => {
  it('lets errors reach the functions and keeps data types as plain values, whatever was generated', () => {
    const generated = JSON.stringify({ allowCustomDataForDataTypeAny: true, functions: [{ id: 'CTR' }] });
    expect(JSON.parse(withMetadataOptions(generated))).toEqual({
      allowErrorForDataTypeAny: true,
      allowCustomDataForDataTypeAny: false,
      functions: [{ id: 'CTR' }],
    });
    expect(METADATA_OPTIONS).toEqual({
      allowErrorForDataTypeAny: true,
      allowCustomDataForDataTypeAny: false,
    });
  });

  it('refuses metadata without functions (the generator failed)', () => {
    expect(() => withMetadataOptions('{}')).toThrow('functions.json has no functions list');
  });
});
