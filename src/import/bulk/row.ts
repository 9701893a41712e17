/**
 * Reads the cells of one bulk row (byte ranges of the file) straight into a FactBuilder. Every column but
 * the value is a CachedColumn: each distinct printed value is decoded and interpreted once, and a cell equal
 * to a recent one is not even read (the scanner calls `repeat`). A bad row becomes one ImportProblem (its
 * first fault) and is not kept: rows read = rows kept + rows reported.
 */
import type { FactBuilder } from '../../model/facts'
import type { ImportProblem } from '../../model/types'
import { AMOUNT_EXPECTED } from '../amount'
import { error, shown, warning, where } from '../problems'
import { printed, text, type Text } from '../../i18n/text'
import { AMOUNT_BLANK, AMOUNT_INVALID, amount, amountInWan, readAmount } from './amount-range'
import { BLANK, CachedColumn, INVALID, type DecodeCell } from './cached-column'
import { MeasureMap } from './measure-map'
import { ProblemLog } from './problem-log'
import { CODE_EXPECTED, MEASURE_EXPECTED, REQUIRED, ROLES, TABLE_EXPECTED, UNIT_EXPECTED, YEAR_EXPECTED,
  codeOf, tableOf, unitOf, yearOf } from './vocab'

const SPACE = 32, TAB = 9
const EMPTY = new Uint8Array(0)
const R_DEPT = 0, R_YEAR = 1, R_TABLE = 2, R_CODE = 3, R_NAME = 4, R_MEASURE = 5, R_VALUE = 6, R_UNIT = 7, R_SOURCE = 8

/** What went wrong in a row: catalogue key `problem.bulk.what.<what>`. */
const what = (key: string, params?: Record<string, number>): Text => text(`problem.bulk.what.${key}`, params)
const columns = (n: number): Text => text('problem.bulk.columnsExpected', { n })

/** code, expected, what — for a cell its column cannot interpret */
const INVALID_CELL: Record<number, readonly [string, Text, Text]> = {
  [R_YEAR]: ['bulk.year', YEAR_EXPECTED, what('yearInvalid')],
  [R_TABLE]: ['bulk.table', TABLE_EXPECTED, what('tableUnknown')],
  [R_CODE]: ['bulk.code', CODE_EXPECTED, what('codeInvalid')],
  [R_UNIT]: ['bulk.unit', UNIT_EXPECTED, what('unitUnknown')],
}

export class RowReader {
  readonly log: ProblemLog
  readonly stats = { linesRead: 0, rowsKept: 0, rowsReported: 0, rowsStructural: 0 }
  /** per physical column: its CachedColumn, or null for the value column and ignored columns */
  readonly cols: (CachedColumn | null)[]
  private readonly minFields: number
  private readonly measures: MeasureMap
  private readonly names: string[] = []
  // the current row
  private dept = BLANK; private year = BLANK; private table = BLANK; private code = 0; private name = BLANK
  private measure = BLANK; private unit = 0; private source: number; private valueStatus = AMOUNT_BLANK
  private nonEmpty = false
  private err: { code: string; column: number; value: string; expected: Text; what: Text } | null = null
  private errLine = 0

  constructor(private readonly b: FactBuilder, private readonly file: string, private readonly fileId: number,
    private readonly roles: readonly number[], readonly decode: DecodeCell) {
    this.log = new ProblemLog(file)
    this.minFields = 1 + Math.max(...REQUIRED.map((r) => roles.indexOf(ROLES.indexOf(r))))
    this.source = b.sources.id('')
    this.measures = new MeasureMap(b.measures)
    const interpret: Record<number, (printed: string) => number> = {
      [R_DEPT]: (p) => (p === '' ? BLANK : b.departments.id(p)),
      [R_YEAR]: (p) => (p === '' ? BLANK : yearOf(p) ?? INVALID),
      [R_TABLE]: (p) => (p === '' ? BLANK : tableOf(p)),
      [R_CODE]: (p) => {
        const code = codeOf(p)
        return code === null ? INVALID : b.codeId(code)
      },
      [R_NAME]: (p) => (p === '' ? BLANK : this.names.push(p) - 1),
      [R_MEASURE]: (p) => this.measures.add(p),
      [R_UNIT]: unitOf,
      [R_SOURCE]: (p) => b.sources.id(p),
    }
    this.cols = roles.map((role) => (interpret[role] ? new CachedColumn(decode, interpret[role]) : null))
  }

  field(col: number, t: Uint8Array, s: number, e: number): void {
    let c: number
    while (s < e && ((c = t[s]!) === SPACE || c === TAB)) s++
    while (e > s && ((c = t[e - 1]!) === SPACE || c === TAB)) e--
    if (col >= this.roles.length) {
      if (e > s) this.fail('bulk.row.long', col, this.decode.cell(t, s, e), columns(this.roles.length), what('tooManyColumns'))
      return
    }
    if (e > s) this.nonEmpty = true
    const cc = this.cols[col]
    if (cc) this.take(col, cc.get(t, s, e))
    else if (this.roles[col] === R_VALUE) {
      readAmount(t, s, e, this.decode)
      this.valueStatus = amount.status
      if (amount.status === AMOUNT_INVALID) this.fail('bulk.value', col, this.decode.cell(t, s, e), AMOUNT_EXPECTED, what('notAmount'))
    } else if (e > s) this.decode.cell(t, s, e) // an ignored column: still checked to be text in the file's encoding
  }

  /** The cell equals a recent one of its column (the scanner matched it). */
  repeat(col: number): void {
    const cc = this.cols[col]!
    if (cc.lastFilled) this.nonEmpty = true
    this.take(col, cc.lastId)
  }

  private take(col: number, id: number): void {
    const role = this.roles[col]
    if (role === R_DEPT) this.dept = id
    else if (role === R_YEAR) this.year = id
    else if (role === R_TABLE) this.table = id
    else if (role === R_CODE) this.code = id
    else if (role === R_NAME) this.name = id
    else if (role === R_MEASURE) this.measure = id
    else if (role === R_UNIT) this.unit = id
    else if (role === R_SOURCE) this.source = id
    if (id === INVALID) {
      const [code, expected, what] = INVALID_CELL[role!]!
      this.fail(code, col, this.cols[col]!.lastText, expected, what)
    }
  }

  unclosedQuote(col: number, value: string, line: number): void {
    this.fail('bulk.quote.unclosed', col, value, text('problem.bulk.quote.unclosedExpected'), what('quoteUnclosed'))
    this.errLine = line
  }

  strayQuote(col: number, value: string): void {
    this.fail('bulk.quote.stray', col, value, text('problem.bulk.quote.strayExpected'), what('quoteStray'))
  }

  private fail(code: string, col: number, value: string, expected: Text, what: Text): void {
    this.err ??= { code, column: col + 1, value, expected, what }
  }

  endRow(fields: number, line: number): void {
    if (fields >= 0) this.fillMissing(fields)
    if (this.err === null && !this.nonEmpty) this.stats.rowsStructural++
    else if (this.err === null && this.valid(fields)) {
      this.commit(line)
      this.stats.rowsKept++
    } else this.report(line)
    this.abortRow()
  }

  /** Whether the row read so far (with `fields` cells) would be kept; the scanner asks before endRow. */
  wouldKeep(fields: number): boolean {
    this.fillMissing(fields)
    return this.err === null && this.valid(fields)
  }

  private fillMissing(fields: number): void {
    for (let col = fields; col < this.roles.length; col++) {
      const cc = this.cols[col] // a short row: the missing cells are blank
      if (cc) this.take(col, cc.get(EMPTY, 0, 0))
    }
  }

  /** Forget the cells read so far of a row that continues in the next piece of text. */
  abortRow(): void {
    this.valueStatus = AMOUNT_BLANK
    this.nonEmpty = false
    this.err = null
    this.errLine = 0
  }

  private measureId = -1

  private valid(fields: number): boolean {
    if (fields < this.minFields) return this.blank(fields, 'bulk.row.short', columns(this.roles.length), what('tooFewColumns', { n: fields }))
    if (this.dept < 0) return this.blank(R_DEPT, 'bulk.department', text('problem.bulk.departmentExpected'), what('departmentBlank'))
    if (this.year < 0) return this.blank(R_YEAR, 'bulk.year', YEAR_EXPECTED, what('yearBlank'))
    if (this.table < 0) return this.blank(R_TABLE, 'bulk.table', TABLE_EXPECTED, what('tableBlank'))
    if (this.measure < 0) return this.blank(R_MEASURE, 'bulk.measure', MEASURE_EXPECTED, what('measureBlank'))
    if (this.valueStatus === AMOUNT_BLANK) {
      return this.blank(R_VALUE, 'bulk.value.blank', AMOUNT_EXPECTED, what('valueBlank'))
    }
    this.measureId = this.measures.resolve(this.measure, this.table)
    if (this.measureId < 0) {
      const printed = this.measures.printed[this.measure]!
      this.fail('bulk.measure', this.roles.indexOf(R_MEASURE), printed, MEASURE_EXPECTED, what('measureUnknown'))
      return false
    }
    return true
  }

  private commit(line: number): void {
    if (this.name >= 0 && !this.b.codeNames[this.code]) this.b.codeNames[this.code] = this.names[this.name]!
    const value = amountInWan(this.unit)
    this.b.push(this.dept, this.year, this.table, this.code, this.measureId, value, amount.precision, line, this.fileId, this.source)
  }

  /** Fail for a blank required cell (`at` = role; or, for short rows, the first missing column). */
  private blank(at: number, code: string, expected: Text, what: Text): false {
    const col = code === 'bulk.row.short' ? at : this.roles.indexOf(at)
    this.fail(code, col, '', expected, what)
    return false
  }

  private report(line: number): void {
    this.stats.rowsReported++
    const e = this.err!
    const at = this.errLine || line
    const init = { code: e.code, file: this.file, line: at, column: e.column, value: shown(e.value), expected: e.expected,
      text: text(e.value ? 'problem.bulk.rowValue' : 'problem.bulk.row', { place: where(this.file, at, e.column), what: e.what, value: printed(shown(e.value)) }) }
    this.log.add(e.code === 'bulk.value.blank' ? warning(init) : error(init))
  }

  finish(lastLine: number): void {
    this.stats.linesRead = lastLine
    this.log.close()
  }

  get problems(): ImportProblem[] {
    return this.log.problems
  }
}
