/**
 * data/manifest.csv: one line per department-year dataset.
 * Columns: id,department,year,region,origin,folder,files (files separated by ';').
 */
import Papa from 'papaparse'
import type { DatasetMeta, ImportProblem } from './types'
import { text as msg, type Text } from '../i18n/text.ts'
import { problem } from './problem.ts'

export interface ManifestEntry extends DatasetMeta {
  folder: string
  files: string[]
}

export interface ManifestParse {
  entries: ManifestEntry[]
  problems: ImportProblem[]
}

const REQUIRED = ['id', 'department', 'year', 'folder', 'files'] as const

/** A manifest problem (error): its sentence and expectation as texts, their Chinese wording alongside. */
function manifestProblem(p: Pick<ImportProblem, 'code' | 'file' | 'line' | 'column' | 'value'>, t: Text, expected: Text): ImportProblem {
  return problem('error', { ...p, text: t, expected })
}

export function parseManifest(text: string, file = 'manifest.csv'): ManifestParse {
  const problems: ImportProblem[] = []
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: false })
  const rows = parsed.data
  const header = (rows[0] ?? []).map((h) => h.trim())
  for (const name of REQUIRED) {
    if (!header.includes(name)) {
      problems.push(manifestProblem(
        { code: 'manifest.header', file, line: 1, value: header.join(',') },
        msg('problem.manifest.header', { name }), msg('problem.manifest.header.expected', { columns: REQUIRED.join(',') }),
      ))
    }
  }
  if (problems.length) return { entries: [], problems }
  const col = (name: string) => header.indexOf(name)
  const entries: ManifestEntry[] = []
  const seen = new Set<string>()
  rows.slice(1).forEach((cells, i) => {
    const line = i + 2
    if (cells.every((c) => c.trim() === '')) return
    const get = (name: string) => (col(name) >= 0 ? (cells[col(name)] ?? '').trim() : '')
    const year = Number(get('year'))
    const id = get('id')
    const bad = (column: string, value: string, expected: string) => {
      const e = msg(`problem.manifest.row.${expected}`)
      problems.push(manifestProblem({ code: 'manifest.row', file, line, column: col(column) + 1, value }, msg('problem.manifest.row', { line, column, expected: e }), e))
    }
    if (!/^[A-Za-z0-9_-]+$/.test(id)) return bad('id', id, 'id')
    if (seen.has(id)) return bad('id', id, 'unique')
    if (!Number.isInteger(year) || year < 1990 || year > 2100) return bad('year', get('year'), 'year')
    const folder = get('folder')
    if (!/^[^/\\.][^/\\]*$/.test(folder)) return bad('folder', folder, 'folder')
    const files = get('files').split(';').map((f) => f.trim()).filter(Boolean)
    if (!files.length || files.some((f) => f.includes('/') || f.includes('\\') || f.startsWith('.'))) {
      return bad('files', get('files'), 'files')
    }
    seen.add(id)
    const origin = get('origin')
    entries.push({
      id, department: get('department'), year, folder, files,
      region: get('region') || undefined,
      origin: origin === 'synthetic' ? 'synthetic' : origin === 'imported' ? 'imported' : 'real',
    })
  })
  return { entries, problems }
}
