/** Test helpers for the importer: fixture loading and exact amount comparison. */
import { readFileSync, readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { InputFile } from '../../../src/import'
import { importFiles, readFiles } from '../../../src/import'
import type { ImportResult, RecognisedTable, TableKind } from '../../../src/model/types'

const FIXTURES = fileURLToPath(new URL('../../fixtures/import/', import.meta.url))

export function fixture(name: string): InputFile {
  return { name, bytes: new Uint8Array(readFileSync(FIXTURES + name)) }
}

export function fixtureNames(): string[] {
  return readdirSync(FIXTURES)
    .filter((n) => n.endsWith('.csv'))
    .sort()
}

export function importFixture(name: string): ImportResult {
  return importFiles([fixture(name)])
}

/** The one table of a single-file import; fails the test when absent. */
export function onlyTable(result: ImportResult, kind?: TableKind): RecognisedTable {
  const t = result.tables[0]
  if (!t) throw new Error(`no table: ${result.problems.map((p) => p.message).join('; ')}`)
  if (kind && t.kind !== kind) throw new Error(`expected ${kind}, got ${t.kind}`)
  return t
}

/** Amount in 0.01 万元 as an integer (null stays null): compare amounts exactly, never as floats. */
export function cents(v: number | null | undefined): number | null {
  return v === null || v === undefined ? null : Math.round(v * 100)
}

export function rowByCode(t: RecognisedTable, code: string) {
  const r = t.rows.find((x) => x.code === code)
  if (!r) throw new Error(`no row ${code} in ${t.file}`)
  return r
}

export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text)
}

/** The reading stage only (no self-check): for reader tests on excerpts whose sums are not complete. */
export function readText(name: string, text: string): ImportResult {
  return readFiles([{ name, bytes: new TextEncoder().encode(text) }])
}

export function readFixture(name: string): ImportResult {
  return readFiles([fixture(name)])
}
