/**
 * npm run generate -- [--departments 3000] [--years 10] [--seed 42] [--out .synthetic/province.csv]
 * Writes deterministic synthetic scale data in the bulk layout (docs/BULK.md). Never into data/:
 * the output is test data, marked `synthetic` in every row, and .synthetic/ is git-ignored.
 */
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs'
import { dirname, relative, resolve } from 'node:path'
import { syntheticBulk, type SyntheticOptions } from './synthetic'

export const DEFAULT_OUT = '.synthetic/province.csv'

export interface GenerateArgs extends SyntheticOptions {
  out: string
}

export function parseArgs(argv: readonly string[]): GenerateArgs {
  const args: GenerateArgs = { departments: 3000, years: 10, seed: 42, out: DEFAULT_OUT }
  for (let i = 0; i < argv.length; i++) {
    const key = argv[i]
    const value = argv[i + 1]
    const number = () => {
      const n = Number(value)
      if (!Number.isInteger(n) || n < 1) throw new Error(`${key} 需要正整数，得到 ${String(value)}`)
      i++
      return n
    }
    if (key === '--departments') args.departments = number()
    else if (key === '--years') args.years = number()
    else if (key === '--seed') args.seed = number()
    else if (key === '--last-year') args.lastYear = number()
    else if (key === '--out' && value) {
      args.out = value
      i++
    } else throw new Error(`未知参数 ${String(key)}（可用 --departments --years --seed --last-year --out）`)
  }
  if (args.years > 60) throw new Error('--years 最多 60')
  const rel = relative(resolve('data'), resolve(args.out))
  if (!rel.startsWith('..') && !rel.startsWith('/')) throw new Error('合成数据不得写入 data/（请写到 .synthetic/）')
  return args
}

/** Write the file; returns bytes and rows written. */
export function generate(args: GenerateArgs): { bytes: number; rows: number } {
  mkdirSync(dirname(resolve(args.out)), { recursive: true })
  const fd = openSync(args.out, 'w')
  let bytes = 0, rows = -1, pending: string[] = [], pendingLength = 0
  const flush = () => {
    const buf = Buffer.from(pending.join(''), 'utf8')
    writeSync(fd, buf)
    bytes += buf.length
    pending = []
    pendingLength = 0
  }
  try {
    for (const chunk of syntheticBulk(args)) {
      pending.push(chunk)
      pendingLength += chunk.length
      for (let i = chunk.indexOf('\n'); i >= 0; i = chunk.indexOf('\n', i + 1)) rows++
      if (pendingLength > 1 << 20) flush()
    }
    flush()
  } finally {
    closeSync(fd)
  }
  return { bytes, rows }
}

const isMain = process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)
if (isMain) {
  try {
    const args = parseArgs(process.argv.slice(2))
    const t0 = performance.now()
    const { bytes, rows } = generate(args)
    const secs = ((performance.now() - t0) / 1000).toFixed(1)
    console.log(`${args.out}: ${rows} rows, ${(bytes / 1e6).toFixed(1)} MB, ` +
      `${args.departments} departments × ${args.years} years, seed ${args.seed} (${secs} s)`)
  } catch (e) {
    console.error(e instanceof Error ? e.message : e)
    process.exit(1)
  }
}
