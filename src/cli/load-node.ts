/**
 * Node loader for the CLI: files or folders → importFiles → Dataset.
 *  - a folder with manifest.csv (data/): one dataset per manifest line, id and meta from the manifest;
 *  - a folder without one: its CSV/TXT files are one department-year; a folder with no such files but subfolders
 *    that have them (e.g. one folder per year of a department): each subfolder is one department-year;
 *  - loose files: together one department-year.
 * Department and year come from the files where printed; --department/--year name the dataset otherwise
 * (and override). Input that cannot be read throws LoadError with the reason.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { basename, join, resolve } from 'node:path'
import { buildDataset, datasetId } from '../model/dataset'
import { parseManifest } from '../model/manifest'
import type { Dataset, DatasetMeta, ImportProblem, ImportResult } from '../model/types'
import { importFiles } from '../import/index'
import { warning } from '../import/problems'
import { printed, text } from '../i18n/text'

export class LoadError extends Error {
  override name = 'LoadError'
}

export interface LoadOptions {
  department?: string
  year?: number
}

export interface LoadedDataset {
  dataset: Dataset
  result: ImportResult
  /** the folder or files it was read from */
  source: string
}

const TABLE_FILE = /\.(csv|txt|tsv)$/i

function readBytes(path: string): Uint8Array {
  try {
    return new Uint8Array(readFileSync(path))
  } catch (e) {
    throw new LoadError(`无法读取文件 ${path}：${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`)
  }
}

function assertReadable(result: ImportResult, source: string): void {
  if (result.tables.length || result.stated.length) return
  const reasons = result.problems.filter((p) => p.severity === 'error').map((p) => `  ${p.file}：${p.message}`)
  throw new LoadError(`${source} 中没有可识别的决算表或说明数据${reasons.length ? `：\n${reasons.join('\n')}` : ''}`)
}

function metaFor(result: ImportResult, source: string, opts: LoadOptions): { meta: DatasetMeta; problem: ImportProblem | null } {
  const department = opts.department?.trim() || result.department || null
  const yearFromName = /(19|20)\d{2}/.exec(basename(source))
  const year = opts.year ?? result.year ?? (yearFromName ? Number(yearFromName[0]) : null)
  let problem: ImportProblem | null = null
  if (!department || year === null) {
    const missing = !department && year === null ? 'both' : department ? 'year' : 'department'
    problem = warning({
      code: 'meta.missing', file: basename(source), line: 0,
      expected: text('problem.meta.missing.expected'),
      text: text(`problem.meta.missing.${missing}`, { source: printed(source), name: printed(department ?? basename(source)), year: year ?? '' }),
    })
  }
  const dep = department ?? basename(source)
  const y = year ?? 0
  return { meta: { id: datasetId(dep, y), department: dep, year: y, origin: 'imported' }, problem }
}

function loadGroup(paths: string[], source: string, opts: LoadOptions): LoadedDataset {
  if (!paths.length) throw new LoadError(`${source} 中没有 CSV 或 TXT 文件`)
  const result = importFiles(paths.map((p) => ({ name: basename(p), bytes: readBytes(p) })))
  assertReadable(result, source)
  const { meta, problem } = metaFor(result, source, opts)
  if (problem) result.problems.push(problem)
  return { dataset: buildDataset(result, meta), result, source }
}

function loadManifest(dir: string, shown: string, opts: LoadOptions): LoadedDataset[] {
  const file = join(dir, 'manifest.csv')
  const { entries, problems } = parseManifest(new TextDecoder('utf-8').decode(readBytes(file)), file)
  const errors = problems.filter((p) => p.severity === 'error')
  if (errors.length) throw new LoadError(`清单 ${file} 无法读取：\n${errors.map((p) => `  第 ${p.line} 行：${p.message}`).join('\n')}`)
  if (!entries.length) throw new LoadError(`清单 ${file} 没有列出任何数据集`)
  return entries.map((entry) => {
    const folder = join(dir, entry.folder)
    const paths = entry.files.map((f) => join(folder, f))
    const missing = paths.filter((p) => !existsSync(p))
    if (missing.length) throw new LoadError(`清单 ${file} 列出的文件不存在：${missing.join('，')}`)
    const result = importFiles(paths.map((p) => ({ name: basename(p), bytes: readBytes(p) })))
    assertReadable(result, folder)
    const { folder: _folder, files: _files, ...meta } = entry
    if (opts.department) meta.department = opts.department
    if (opts.year) meta.year = opts.year
    return { dataset: buildDataset(result, meta), result, source: join(shown, entry.folder) }
  })
}

function listFolder(dir: string): string[] {
  return readdirSync(dir)
    .filter((n) => !n.startsWith('.') && TABLE_FILE.test(n))
    .map((n) => join(dir, n))
    .filter((p) => statSync(p).isFile())
    .sort()
}

/** Subfolders of `dir` that hold table files, by name. */
function listSubfolders(dir: string): string[] {
  return readdirSync(dir)
    .filter((n) => !n.startsWith('.'))
    .map((n) => join(dir, n))
    .filter((p) => statSync(p).isDirectory() && listFolder(p).length > 0)
    .sort()
}

/** Load every input; loose files given together form one dataset. */
export function loadInputs(inputs: readonly string[], opts: LoadOptions = {}): LoadedDataset[] {
  if (!inputs.length) throw new LoadError('没有给出要核对的文件或文件夹')
  const out: LoadedDataset[] = []
  const loose: string[] = []
  for (const input of inputs) {
    const path = resolve(input)
    if (!existsSync(path)) throw new LoadError(`无法读取 ${input}：文件或文件夹不存在`)
    const st = statSync(path)
    if (st.isDirectory()) {
      if (existsSync(join(path, 'manifest.csv'))) out.push(...loadManifest(path, input, opts))
      else {
        const files = listFolder(path)
        const subs = files.length ? [] : listSubfolders(path)
        if (subs.length) out.push(...subs.map((sub) => loadGroup(listFolder(sub), join(input, basename(sub)), opts)))
        else out.push(loadGroup(files, input, opts))
      }
    } else if (st.isFile()) loose.push(path)
    else throw new LoadError(`无法读取 ${input}：既不是文件也不是文件夹`)
  }
  if (loose.length) out.push(loadGroup(loose, loose.length === 1 ? loose[0]! : '所给文件', opts))
  return out
}
