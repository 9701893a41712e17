/**
 * The import checks its own reading: a real table reads with all identities holding; one misprinted cell stays a
 * defect of the report; rows and figures out of step (a real case, putuo-wenlv-2025 表05) or a column shifted by a
 * row make the table unusable, reported once, kept out of the result. Inputs are the real reports in data/ and
 * transformations of them made here, so every expectation follows from the printed figures.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { checkTableReading, STRUCTURE_MIN_CELLS } from '../../../src/audit/selfcheck'
import { importFiles, readFiles, type InputFile } from '../../../src/import'

const DATA = new URL('../../../data/', import.meta.url)

function file(folder: string, prefix: string, edit: (text: string) => string = (t) => t): InputFile {
  const dir = new URL(`${folder}/`, DATA)
  const name = readdirSync(dir).find((n) => n.startsWith(prefix))!
  const text = edit(readFileSync(new URL(name, dir), 'utf8'))
  return { name, bytes: new TextEncoder().encode(text) }
}

function lines(text: string): string[][] {
  return text.split(/\r?\n/).map((l) => l.split(','))
}
const unlines = (rows: string[][]) => rows.map((r) => r.join(',')).join('\r\n')

describe('reading self-check', () => {
  it('(a) a real table read as printed: every identity holds up to rounding', () => {
    const r = readFiles([file('putuo-guihua-2024', '03_')])
    const check = checkTableReading(r.tables[0]!)
    expect(check.checked).toBeGreaterThan(40)
    expect(check.verdict).toBe('ok')
  })

  it('(b) one misprinted cell is a defect of the report, not a reading failure', () => {
    // 2080505 prints 446.11 in the print; make it 446.71: its 款, 类, 合计 and row identities break, all through one cell
    const edited = file('putuo-guihua-2024', '03_', (t) => t.replace('2080505,机关事业单位基本养老保险缴费支出,446.11', '2080505,机关事业单位基本养老保险缴费支出,446.71'))
    const r = importFiles([edited])
    const t = r.tables.find((x) => x.kind === 'expenditure')!
    const check = checkTableReading(t)
    expect(check.failed.length).toBeGreaterThanOrEqual(2)
    expect(check.suspects).toBe(1)
    expect(check.verdict).toBe('defects')
    expect(r.problems.filter((p) => p.code === 'table.structure')).toEqual([])
  })

  it('(c) a real table whose figure columns are out of step with its code column is kept out, with one problem', () => {
    const r = importFiles([file('putuo-wenlv-2025', '04_'), file('putuo-wenlv-2025', '05_')])
    expect(r.tables.map((t) => t.kind)).toEqual(['fiscalSummary'])
    const structure = r.problems.filter((p) => p.code === 'table.structure')
    expect(structure).toHaveLength(1)
    expect(structure[0]).toMatchObject({ severity: 'error', file: '05_一般公共预算财政拨款支出决算表.csv' })
    // what was found (the printed 合计 row) and what another table prints for the same figure
    expect(structure[0]!.message).toContain('1,700.57')
    expect(structure[0]!.message).toContain('24,535.67')
    const report = r.files.find((f) => f.file.startsWith('05_'))!
    expect(report.rowsKept).toBe(0)
    expect(report.linesRead).toBe(report.rowsKept + report.rowsReported + report.rowsStructural)
  })

  it('(c) a column shifted down by one row breaks identities all over the table', () => {
    const shifted = file('putuo-guihua-2024', '03_', (t) => {
      const rows = lines(t)
      const body = rows.map((r, i) => ({ r, i })).filter(({ r }) => /^\d{3,7}$/.test(r[0] ?? ''))
      const basic = body.map(({ r }) => r[3] ?? '')
      body.forEach(({ r }, k) => (r[3] = k === 0 ? '' : basic[k - 1]!))
      return unlines(rows)
    })
    const r = importFiles([shifted])
    expect(r.tables).toEqual([])
    const check = checkTableReading(readFiles([shifted]).tables[0]!)
    expect(check.verdict).toBe('structure')
    expect(check.suspects).toBeGreaterThanOrEqual(STRUCTURE_MIN_CELLS)
  })

  it('a table with unreadable rows is not condemned for the sums those rows break', () => {
    const broken = file('putuo-guihua-2024', '03_', (t) => t.replace('2080501,行政单位离退休,54.53', '2080501,行政单位离退休,约54.53'))
    const r = importFiles([broken])
    expect(r.tables).toHaveLength(1)
    expect(r.problems.map((p) => p.code)).toEqual(['amount.invalid'])
  })
})
