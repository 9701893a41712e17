/**
 * Reads the real reports' CSVs independently of src/import: PapaParse on text decoded here, cells as printed.
 * Used by the real-report unit test and the browser test to know what each file prints.
 */
import { readFileSync } from 'node:fs'
import Papa from 'papaparse'

export const FIXTURES = 'tests/fixtures/realdata'

export interface ExpectedFigure {
  printed: string
  value: number | null
  table?: string
  cell?: string
  where?: string
}

export interface Expected {
  slug: string
  department: string
  year: number
  region: string
  unit: string
  headline: Record<string, unknown>
}

export function readExpected(slug: string): Expected {
  return JSON.parse(readFileSync(`${FIXTURES}/${slug}/expected.json`, 'utf8')) as Expected
}

const isFigure = (v: unknown): v is ExpectedFigure => typeof v === 'object' && v !== null && 'printed' in v

/** Every headline figure as [key, figure]; nested groups give 'group.key' (财政拨款.总计, 三公经费.合计_预算数). */
export function headlineFigures(headline: Record<string, unknown>, prefix = ''): [string, ExpectedFigure][] {
  const out: [string, ExpectedFigure][] = []
  for (const [k, v] of Object.entries(headline)) {
    if (isFigure(v)) out.push([prefix + k, v])
    else if (typeof v === 'object' && v !== null) out.push(...headlineFigures(v as Record<string, unknown>, `${prefix}${k}.`))
  }
  return out
}

/**
 * A printed amount as integer cents (0.01 万元), parsed from the text — never through a float: '3,845.24' → 384524,
 * '0' → 0, '' → null. Anything else is not an amount and throws.
 */
export function printedCents(text: string): number | null {
  const s = text.trim().replace(/,/g, '')
  if (s === '') return null
  const m = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(s)
  if (!m) throw new Error(`not a printed amount: “${text}”`)
  const cents = Number(m[2]) * 100 + Number((m[3] ?? '').padEnd(2, '0'))
  return m[1] ? -cents : cents
}

/** The model's amount (万元) as integer cents; undefined stays undefined (not held at all). */
export function modelCents(v: number | null | undefined): number | null | undefined {
  return v === null || v === undefined ? v : Math.round(v * 100)
}

export function readCsv(path: string, encoding: 'utf-8' | 'gb18030'): string[][] {
  const text = new TextDecoder(encoding).decode(readFileSync(path)).replace(/^\uFEFF/, '')
  return Papa.parse<string[]>(text, { skipEmptyLines: true }).data
}

export interface PrintedRow {
  /** physical line of the file (1-based; the files have no line breaks inside cells) */
  line: number
  code: string
  name: string
  /** printed header of each amount column → the cell as printed */
  cells: Record<string, string>
}

/**
 * The code rows of a code table (02, 03, 05): amount columns are those whose header row names them (the row
 * that prints `firstHeader`, e.g. 本年支出合计); code rows start with a 3-, 5- or 7-digit code.
 */
export function printedCodeRows(rows: string[][], firstHeader: string): { headers: string[]; rows: PrintedRow[] } {
  const h = rows.findIndex((r) => r.some((c) => c.trim() === firstHeader))
  if (h < 0) throw new Error(`no header row with ${firstHeader}`)
  const headerRow = rows[h]!
  const amountCols = headerRow.map((c, i) => [c.trim(), i] as const).filter(([c, i]) => i >= 2 && c !== '')
  const out: PrintedRow[] = []
  rows.forEach((r, i) => {
    const code = (r[0] ?? '').trim()
    if (i <= h || !/^\d{3}(\d{2}){0,2}$/.test(code)) return
    out.push({ line: i + 1, code, name: (r[1] ?? '').trim(), cells: Object.fromEntries(amountCols.map(([c, col]) => [c, (r[col] ?? '').trim()])) })
  })
  return { headers: amountCols.map(([c]) => c), rows: out }
}

/** The file of a table by its printed number prefix (`03_…csv`) in a folder listing. */
export function fileOf(names: readonly string[], no: string): string {
  const f = names.find((n) => n.startsWith(`${no}_`))
  if (!f) throw new Error(`no file ${no}_… among ${names.join(', ')}`)
  return f
}
