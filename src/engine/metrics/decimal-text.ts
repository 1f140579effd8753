const PLAIN = /^(\d+(\.\d+)?|\.\d+)$/;
const COMMA_GROUPS = /^\d{1,3}(,\d{3})+(\.\d+)?$/;
const SPACE_GROUPS = /^\d{1,3}( \d{3})+([.,]\d+)?$/;
const DOT_GROUPS_COMMA_DECIMAL = /^\d{1,3}(\.\d{3})+,\d+$/;
const DOT_GROUPS = /^\d{1,3}(\.\d{3}){2,}$/;
const COMMA_DECIMAL = /^\d+,\d+$/;

/**
 * An unsigned number as people write it, as a plain decimal string, or `null`. Thousands separators
 * may be commas (`1,000.5`), spaces (`1 000,5`) or dots followed by a decimal comma (`1.234,56`); a
 * single comma not followed by a group of three digits is a decimal comma (`3,5`). `1.000` is one.
 *
 * @example decimalText('1,000') // '1000'
 * @example decimalText('3,5') // '3.5'
 * @example decimalText('1.234,56') // '1234.56'
 * @example decimalText('1,00,0') // null
 */
export function decimalText(text: string): string | null {
  if (PLAIN.test(text)) return text;
  if (COMMA_GROUPS.test(text)) return text.replace(/,/g, '');
  if (SPACE_GROUPS.test(text)) return text.replace(/ /g, '').replace(',', '.');
  if (DOT_GROUPS_COMMA_DECIMAL.test(text)) return text.replace(/\./g, '').replace(',', '.');
  if (DOT_GROUPS.test(text)) return text.replace(/\./g, '');
  if (COMMA_DECIMAL.test(text)) return text.replace(',', '.');
  return null;
}
