/** The contract between the table frame (extract.ts) and the per-layout row readers. */
import type { ColumnDef, TableRow } from '../../model/types'
import type { CsvRow } from '../csv'
import type { Text } from '../../i18n/text'
import type { HeaderBlock } from './header'

export interface BodyReader {
  columns: ColumnDef[]
  /** Rows to keep for one data line, or null when the line is reported (problems already pushed). */
  read(row: CsvRow): TableRow[] | null
}

/** A reader, or a message why the header cannot be read for this kind (fatal for the file). */
export type ReaderResult = { ok: true; reader: BodyReader } | { ok: false; expected: Text; text: Text }

/** Printed header text of a column: its path joined with '/'. */
export function headerText(block: HeaderBlock, column0: number): string {
  return (block.paths[column0] ?? []).join('/')
}
