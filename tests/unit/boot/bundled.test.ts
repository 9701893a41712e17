/**
 * The bundled datasets as the build reads them (src/build/snapshot.ts), loaded by the page in place of their CSVs
 * (src/boot/bundled.ts): through JSON and back they give the same dataset and the same findings as the importer's
 * own result for the same bytes, and the page takes a snapshot only when it has the importer result's shape.
 */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { snapshots } from '@/build/snapshot'
import { readBundled, SNAPSHOT_FILE } from '@/boot/bundled'
import { importFiles } from '@/import'
import { buildDataset } from '@/model/dataset'
import { parseManifest } from '@/model/manifest'
import { runAudit } from '@/audit'
import { priorYear } from '@/model/priorYear'

const entries = parseManifest(readFileSync('data/manifest.csv', 'utf8')).entries
const built = snapshots('data')

describe('bundled snapshot', () => {
  it('one per bundled dataset', () => {
    expect(built.map((s) => s.folder).sort()).toEqual(entries.map((e) => e.folder).sort())
  })

  for (const e of entries) {
    it(`${e.id}: the same dataset and findings as the importer's result for its files`, () => {
      const files = e.files.map((name) => ({ name, bytes: new Uint8Array(readFileSync(join('data', e.folder, name))) }))
      const direct = importFiles(files)
      const { folder: _f, files: _n, ...meta } = e
      const snap = JSON.parse(built.find((s) => s.folder === e.folder)!.json)
      const a = buildDataset(direct, meta)
      const b = buildDataset(snap, meta)
      expect(b).toEqual(a)
      expect(snap.problems).toEqual(direct.problems)
      expect(snap.files).toEqual(direct.files)
      expect(JSON.stringify(runAudit([b]))).toBe(JSON.stringify(runAudit([a])))
    })
  }
})

describe('the build\'s audit of a bundled dataset', () => {
  // every bundled dataset read from its CSVs, without the snapshot: the page's view once all of them are loaded
  const direct = entries.map((e) => {
    const { folder: _f, files: _n, ...meta } = e
    const result = importFiles(e.files.map((name) => ({ name, bytes: new Uint8Array(readFileSync(join('data', e.folder, name))) })))
    return { e, meta, result, dataset: buildDataset(result, meta) }
  })
  for (const { e, meta, result, dataset } of direct) {
    it(`${e.id}: the audit worker's report for the same dataset beside the same prior years, intact through JSON`, () => {
      const snap = JSON.parse(built.find((s) => s.folder === e.folder)!.json)
      const context = priorYear(dataset, direct.map((d) => d.dataset)).datasets
      expect(snap.audit.meta).toEqual(meta)
      expect(snap.audit.context).toEqual(context.map((d) => d.meta.id))
      // toEqual, not JSON text: a NaN or an Infinity the JSON turned into null would show here
      expect(snap.audit.report).toEqual(runAudit([dataset], { problems: { [meta.id]: result.problems }, context }))
      expect(snap.audit.report.findings.length).toBeGreaterThan(0)
    })
  }
})

describe('readBundled', () => {
  let server: Server
  let base = ''
  const bodies: Record<string, string> = {
    [`/data/good/${SNAPSHOT_FILE}`]: built[0]!.json,
    [`/data/odd/${SNAPSHOT_FILE}`]: JSON.stringify({ tables: 'no' }),
    [`/data/broken/${SNAPSHOT_FILE}`]: '{"tables": [',
    [`/data/oddAudit/${SNAPSHOT_FILE}`]: JSON.stringify({ ...JSON.parse(built[0]!.json), audit: { report: { findings: 'no' }, context: [] } }),
  }
  beforeAll(async () => {
    server = createServer((req, res) => {
      const body = bodies[req.url ?? '']
      res.statusCode = body === undefined ? 404 : 200
      res.end(body ?? 'not found')
    })
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/data/`
  })
  afterAll(() => server.close())

  it('takes a snapshot with the importer result shape, and nothing else (the page then reads the CSVs)', async () => {
    expect(await readBundled(base, 'good')).toEqual(JSON.parse(built[0]!.json))
    expect(await readBundled(base, 'odd')).toBeNull()
    expect(await readBundled(base, 'broken')).toBeNull()
    expect(await readBundled(base, 'missing')).toBeNull()
    // an audit of another shape is dropped, the tables kept: the audit worker checks them instead
    const { audit: _a, ...tables } = JSON.parse(built[0]!.json)
    expect(await readBundled(base, 'oddAudit')).toEqual(tables)
  })
})
