/**
 * Every kind of sentence the app writes about data, gathered from real runs: the audit over the bundled reports and
 * the audit fixtures, each rule's failing case, and the importer over every import fixture plus files made to break
 * it (binary, empty, bad quotes, a bulk file with every kind of bad row).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { RULES, runAudit } from '../../../src/audit/index'
import type { Finding } from '../../../src/audit/types'
import { loadInputs } from '../../../src/cli/load-node'
import { ingestBulkFiles } from '../../../src/import/bulk/ingest'
import { importFiles } from '../../../src/import/index'
import { parseManifest } from '../../../src/model/manifest'
import type { ImportProblem } from '../../../src/model/types'
import { STATED_CASES } from '../../fixtures/audit/cases-stated'
import { TABLE_CASES } from '../../fixtures/audit/cases-tables'
import { YEAR_CASES } from '../../fixtures/audit/cases-years'

const ROOT = join(__dirname, '../../..')
const enc = (s: string) => new TextEncoder().encode(s)

export interface Sentences {
  findings: Finding[]
  problems: ImportProblem[]
}

let cached: Sentences | null = null

export function allSentences(): Sentences {
  if (cached) return cached
  const findings: Finding[] = []
  const problems: ImportProblem[] = []
  for (const input of ['data', 'tests/fixtures/audit/other-utf8', 'tests/fixtures/audit/other-gbk', 'tests/fixtures/audit/bad-amount']) {
    const loaded = loadInputs([join(ROOT, input)])
    const byId = Object.fromEntries(loaded.map((l) => [l.dataset.meta.id, l.result.problems]))
    findings.push(...runAudit(loaded.map((l) => l.dataset), { problems: byId }).findings)
    for (const l of loaded) problems.push(...l.result.problems)
  }
  for (const [id, c] of Object.entries({ ...TABLE_CASES, ...STATED_CASES, ...YEAR_CASES })) {
    const ds = c.fail()
    findings.push(...(RULES.find((r) => r.id === id)?.check({ ds, datasetId: ds.meta.id, all: c.all?.(ds) }) ?? []))
  }
  const dir = join(ROOT, 'tests/fixtures/import')
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.csv'))) {
    problems.push(...importFiles([{ name: f, bytes: new Uint8Array(readFileSync(join(dir, f))) }]).problems)
  }
  const broken: [string, Uint8Array][] = [
    ['empty.csv', new Uint8Array()],
    ['bom.csv', new Uint8Array([0xef, 0xbb, 0xbf])],
    ['blank.csv', enc('  \n \n')],
    ['book.csv', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])],
    ['old.csv', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2])],
    ['doc.csv', new Uint8Array([0x25, 0x50, 0x44, 0x46, 1])],
    ['u16.csv', new Uint8Array([0xff, 0xfe, 0x41, 0])],
    ['nul.csv', new Uint8Array([0x41, 0x42, 0, 0x43])],
    ['noise.csv', enc('a,b,c\n1,2,3\n')],
    ['bad-quote.csv', enc('支出决算表\n科目编码,科目名称,合计\n"201"x,一般公共服务支出,10\n')],
    ['twin-a.csv', enc('x,y\n')],
    ['twin-b.csv', enc('x,y\n')],
  ]
  for (const [name, bytes] of broken) problems.push(...importFiles([{ name, bytes }]).problems)
  problems.push(...importFiles(broken.slice(-2).map(([name, bytes]) => ({ name, bytes }))).problems)
  const head = 'department,year,table,code,name,measure,value,unit,source,extra,year\n'
  const bulk = [
    '局A,2024,expenditure,201,一般公共服务支出,total,10,万元,x,,',
    '局A,24x,expenditure,201,名,total,10,万元,x,,',
    '局A,2024,nosuch,201,名,total,10,万元,x,,',
    '局A,2024,expenditure,2x1,名,total,10,万元,x,,',
    '局A,2024,expenditure,201,名,total,10,斤,x,,',
    '局A,2024,expenditure,201,名,total,十,万元,x,,',
    '局A,2024,expenditure,201,名,nosuch,10,万元,x,,',
    ',2024,expenditure,201,名,total,10,万元,x,,',
    '局A,2024,expenditure,201,名,total,,万元,x,,',
    '局A,2024,expenditure,201,名,total,10,万元,x,,,,,',
    '局A,2024',
    '局A,2024,expenditure,201,一般公共服务支出,total,10,万元,x,,',
  ].join('\n')
  problems.push(...ingestBulkFiles([{ name: 'bulk.csv', bytes: enc(`${head}${bulk}\n`) }]).problems)
  problems.push(...ingestBulkFiles([{ name: 'none.csv', bytes: enc('a,b\n1,2\n') }]).problems)
  problems.push(...ingestBulkFiles([{ name: 'wide.csv', bytes: enc('department，year，table，code，measure，value\n') }]).problems)
  problems.push(...parseManifest('id,department\nx,y\n').problems)
  problems.push(...parseManifest('id,department,year,folder,files\nbad id,局,20,../x,\n').problems)
  cached = { findings, problems }
  return cached
}
