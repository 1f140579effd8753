// @ts-check
'use strict';

/** The custom functions metadata the build writes (what CustomFunctionsMetadataPlugin emits). */
const METADATA_FILE = 'functions.json';

/**
 * The top-level options of functions.json that the JSDoc generator cannot set: errors in a cell reach
 * the functions (`allowErrorForDataTypeAny`), so `#N/A` in, `#N/A` out and `#REF!` named in a
 * `#VALUE!` message, as docs/functions.md says; data types reach them as their plain values
 * (`allowCustomDataForDataTypeAny` off: the functions read numbers, text and dates, never entities).
 */
const METADATA_OPTIONS = Object.freeze({
  allowErrorForDataTypeAny: true,
  allowCustomDataForDataTypeAny: false,
});

/**
 * The generated metadata with the options set, as the file's text.
 *
 * @example withMetadataOptions('{"allowCustomDataForDataTypeAny":true,"functions":[]}')
 * // '{\n  "allowErrorForDataTypeAny": true,\n  "allowCustomDataForDataTypeAny": false,\n  "functions": []\n}'
 * @param {string} json
 * @returns {string}
 */
function withMetadataOptions(json) {
  /** @type {Record<string, unknown>} */
  const metadata = JSON.parse(json);
  if (!Array.isArray(metadata.functions)) throw new Error(`${METADATA_FILE} has no functions list`);
  return JSON.stringify({ ...METADATA_OPTIONS, ...withoutOptions(metadata) }, null, 2);
}

/** @param {Record<string, unknown>} metadata */
function withoutOptions(metadata) {
  const rest = { ...metadata };
  for (const key of Object.keys(METADATA_OPTIONS)) delete rest[key];
  return rest;
}

/**
 * A webpack plugin that rewrites the emitted functions.json with `withMetadataOptions` (the
 * generation step of the build; Microsoft's generator writes only `allowCustomDataForDataTypeAny`).
 */
class FunctionsMetadataOptionsPlugin {
  /** @param {import('webpack').Compiler} compiler */
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('FunctionsMetadataOptionsPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'FunctionsMetadataOptionsPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONS },
        () => {
          const asset = compilation.getAsset(METADATA_FILE);
          if (asset === undefined) {
            compilation.errors.push(new compiler.webpack.WebpackError(`${METADATA_FILE} was not generated`));
            return;
          }
          const text = withMetadataOptions(asset.source.source().toString());
          compilation.updateAsset(METADATA_FILE, new sources.RawSource(text));
        },
      );
    });
  }
}

module.exports = { METADATA_FILE, METADATA_OPTIONS, withMetadataOptions, FunctionsMetadataOptionsPlugin };
