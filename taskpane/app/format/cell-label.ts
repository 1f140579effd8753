import type { CellAddress } from '../../../src/workbook/address/address-of';

/** The part of an A1 reference after its sheet: `'Q1 Tasks'!D7:E7` → `D7:E7`. */
function local(a1: string): string {
  const bang = a1.lastIndexOf('!');
  return bang < 0 ? a1 : a1.slice(bang + 1);
}

/**
 * A cell as a link says it, sheet first: `Tasks, cell D7` (`cells D7:H7` for a range).
 *
 * @example cellLabel({ sheet: 'Tasks', row: 7, column: 4, a1: 'Tasks!D7' }) // 'Tasks, cell D7'
 */
export function cellLabel(address: CellAddress): string {
  const cells = local(address.a1);
  return `${address.sheet}, ${cells.includes(':') ? 'cells' : 'cell'} ${cells}`;
}

/**
 * A table row as a link says it: `TaskUpdates, row 5`.
 *
 * @example rowLabel({ sheet: 'TaskUpdates', row: 5, column: 2, a1: 'TaskUpdates!B5' }) // 'TaskUpdates, row 5'
 */
export function rowLabel(address: CellAddress): string {
  return `${address.sheet}, row ${address.row}`;
}

/**
 * An addressed message without its address in front (`Tasks!D7: Status …` → `Status …`): the pane
 * shows the address as the link that selects it.
 *
 * @example withoutAddress('Tasks!D7: Status "done" is not…', 'Tasks!D7') // 'Status "done" is not…'
 */
export function withoutAddress(text: string, a1: string): string {
  const prefix = `${a1}: `;
  const rest = text.startsWith(prefix) ? text.slice(prefix.length) : text;
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}
