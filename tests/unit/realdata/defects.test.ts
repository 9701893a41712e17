/**
 * Each real report in data/ (with its verified figures in tests/fixtures/realdata/<slug>/expected.json): every
 * defect its NOTES.md documents in the tables is found by 数据核对, and no error finding is left that the documented
 * defects do not explain. A defect of a table the import could not read as printed is explained by that one
 * problem (one root cause, one finding). Defects of the narrative ('text') need the narrative transcribed as
 * 说明数据.csv, which these folders do not have: they are listed and skipped.
 */
import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { runAudit, type Finding } from '../../../src/audit/index'
import { loadInputs } from '../../../src/cli/load-node'

interface Defect { id: string; tables: string[]; printed: string; other: string }
interface Expected { slug: string; defects: Defect[] }

const FIXTURES = new URL('../../fixtures/realdata/', import.meta.url)
const SLUGS = ['putuo-guihua-2024', 'putuo-wenlv-2025']

const cents = (printed: string): number | null => {
  const m = /^-?[\d,]+(\.\d+)?/.exec(printed.trim())
  return m ? Math.round(Number(m[0].replace(/,/g, '')) * 100) : null
}
/** The table number of a finding's place: the transcription names each file NN_<title>.csv. */
const tableNo = (file: string) => /^(\d{2})_/.exec(file)?.[1] ?? null

function explains(d: Defect, f: Finding): boolean {
  if (f.rule === 'IMPORT') {
    const no = tableNo(f.where[0]?.file ?? '')
    return no !== null && d.tables.includes(no)
  }
  const pair = [cents(d.printed), cents(d.other)]
  const seen = [f.actual, f.expected].map((v) => (v === null ? null : Math.round(v * 100)))
  const sameNumbers = (pair[0] === seen[0] && pair[1] === seen[1]) || (pair[0] === seen[1] && pair[1] === seen[0])
  const sameTables = f.where.every((w) => d.tables.includes(tableNo(w.file) ?? ''))
  return sameNumbers && sameTables
}

for (const slug of SLUGS) {
  const file = new URL(`${slug}/expected.json`, FIXTURES)
  describe(`real report ${slug}: documented defects`, () => {
    it('has its fixture and its data folder', () => {
      expect(existsSync(file)).toBe(true)
      expect(existsSync(new URL(`../../../data/${slug}/`, import.meta.url))).toBe(true)
    })
    if (!existsSync(file)) return
    const expected = JSON.parse(readFileSync(file, 'utf8')) as Expected
    const loaded = loadInputs([`data/${slug}`])[0]!
    const report = runAudit([loaded.dataset], { problems: { [loaded.dataset.meta.id]: loaded.result.problems } })
    const errors = report.findings.filter((f) => f.severity === 'error')
    const tableDefects = expected.defects.filter((d) => !d.tables.includes('text'))

    it('finds every defect its notes document in the tables', () => {
      expect(tableDefects.length).toBeGreaterThan(0)
      const missed = tableDefects.filter((d) => !errors.some((f) => explains(d, f))).map((d) => d.id)
      expect(missed).toEqual([])
    })

    it('leaves no error finding that the documented defects do not explain', () => {
      const unexplained = errors.filter((f) => !tableDefects.some((d) => explains(d, f))).map((f) => f.message)
      expect(unexplained).toEqual([])
      expect(report.ruleErrors).toEqual([])
    })

    it('gives one finding per root cause: a table that cannot be read is one problem, not one per cell', () => {
      const perFile = new Map<string, number>()
      for (const f of errors.filter((x) => x.rule === 'IMPORT')) perFile.set(f.where[0]!.file, (perFile.get(f.where[0]!.file) ?? 0) + 1)
      for (const n of perFile.values()) expect(n).toBe(1)
    })

    it('says of a table it could not read what it found and what another table prints', () => {
      for (const f of errors.filter((x) => x.rule === 'IMPORT')) {
        const no = tableNo(f.where[0]!.file)
        const named = tableDefects.filter((d) => d.tables[0] === no && d.printed !== '' && d.other !== '')
        expect(named.some((d) => f.message.includes(d.printed) && f.message.includes(d.other))).toBe(true)
      }
    })
  })
}
