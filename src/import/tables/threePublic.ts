/**
 * 09 财政拨款“三公”经费支出决算表: one data line with 预算数 and 决算数 blocks, each split into
 * 合计 / 因公出国（境）费 / 公务用车购置及运行维护费 (小计, 购置费, 运行维护费) / 公务接待费.
 * Keys: budget.total, budget.abroad, budget.vehicle, budget.vehiclePurchase, budget.vehicleOperation,
 * budget.reception, and actual.* the same. An optional name column (项目/单位名称) names the row.
 */
import type { ColumnDef, TableRow } from '../../model/types'
import type { CsvRow } from '../csv'
import { text } from '../../i18n/text'
import { fileName } from '../problems'
import { clean, isTotalLabel } from '../text'
import { readAmounts, type TableContext } from './cells'
import type { HeaderBlock } from './header'
import { columnRole, measureKey } from './measures'
import { headerText, type ReaderResult } from './reader'

export function threePublicReader(block: HeaderBlock, ctx: TableContext): ReaderResult {
  const columns: ColumnDef[] = []
  let name: number | null = null
  block.paths.forEach((path, c) => {
    if (path.length === 0) return
    const key = measureKey('threePublic', path)
    if (key) columns.push({ key, header: headerText(block, c), column: c + 1 })
    else if (name === null && columnRole(path) !== null) name = c
  })
  if (!columns.some((c) => c.key.startsWith('actual.'))) {
    return {
      ok: false,
      expected: text('problem.header.notFound.threePublicExpected'),
      text: text('problem.header.notFound.threePublic', { file: fileName(ctx.file) }),
    }
  }
  const nameCol: number | null = name
  const read = (row: CsvRow): TableRow[] | null => {
    const amounts = readAmounts(row, columns, ctx)
    if (!amounts.ok) return null
    const printed = nameCol === null ? '' : clean(row.cells[nameCol])
    const label = printed || '合计'
    return [
      {
        line: row.line,
        code: null,
        name: label,
        isTotal: nameCol === null || isTotalLabel(label),
        values: amounts.values,
        cells: amounts.cells,
      },
    ]
  }
  return { ok: true, reader: { columns, read } }
}
