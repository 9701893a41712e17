/**
 * data/manifest.csv: one line per department-year dataset.
 * Columns: id,department,year,region,origin,folder,files (files separated by ';').
 */
import Papa from 'papaparse'
import type { DatasetMeta, ImportProblem } from './types'

export interface ManifestEntry extends DatasetMeta {
  folder: string
  files: string[]
}

export interface ManifestParse {
  entries: ManifestEntry[]
  problems: ImportProblem[]
}

const REQUIRED = ['id', 'department', 'year', 'folder', 'files'] as const

export function parseManifest(text: string, file = 'manifest.csv'): ManifestParse {
  const problems: ImportProblem[] = []
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: false })
  const rows = parsed.data
  const header = (rows[0] ?? []).map((h) => h.trim())
  for (const name of REQUIRED) {
    if (!header.includes(name)) {
      problems.push({
        severity: 'error', code: 'manifest.header', file, line: 1, value: header.join(','),
        expected: `列 ${REQUIRED.join(',')}`, message: `清单缺少列 “${name}”`,
      })
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
    const bad = (column: string, value: string, expected: string) =>
      problems.push({
        severity: 'error', code: 'manifest.row', file, line, column: col(column) + 1, value, expected,
        message: `清单第 ${line} 行 ${column} 列：${expected}`,
      })
    if (!/^[A-Za-z0-9_-]+$/.test(id)) return bad('id', id, '由字母、数字、-、_ 组成的唯一标识')
    if (seen.has(id)) return bad('id', id, '不重复的标识')
    if (!Number.isInteger(year) || year < 1990 || year > 2100) return bad('year', get('year'), '四位年份')
    const folder = get('folder')
    if (!/^[^/\\.][^/\\]*$/.test(folder)) return bad('folder', folder, 'data/ 下的一个文件夹名')
    const files = get('files').split(';').map((f) => f.trim()).filter(Boolean)
    if (!files.length || files.some((f) => f.includes('/') || f.includes('\\') || f.startsWith('.'))) {
      return bad('files', get('files'), '以 ; 分隔的文件名')
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
