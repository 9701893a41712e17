/** The boot shell's heading (src/boot/shell.ts) from the build-time headings (src/build/shell-headings.ts). */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { shellHeading } from '@/boot/shell'
import { shellHeadings } from '@/build/shell-headings'
import { parseManifest } from '@/model/manifest'
import zh from '@/i18n/zh'
import en from '@/i18n/en'

const built = shellHeadings('data')
const text = (runs: { text: string }[] | null) => runs?.map((r) => r.text).join('') ?? null

describe('boot shell heading', () => {
  it('names every bundled dataset as the manifest does', () => {
    const entries = parseManifest(readFileSync('data/manifest.csv', 'utf8')).entries
    expect(Object.keys(built.datasets).sort()).toEqual(entries.map((e) => e.id).sort())
    for (const e of entries) expect(built.datasets[e.id]).toEqual({ department: e.department, year: e.year })
  })

  it('a dataset screen: department (marked as printed), year and the screen, in the language the URL names', () => {
    const [id, d] = Object.entries(built.datasets)[0]!
    const runs = shellHeading(`#/${encodeURIComponent(id)}/drill?path=201`, built)
    expect(runs?.filter((r) => r.zh).map((r) => r.text)).toEqual([d.department])
    const filled = (tpl: string) => tpl.replace('{dept}', d.department).replace('{year}', String(d.year))
    expect(text(runs)).toBe(`${filled(zh.app.heading)} · ${zh.screens.drill}`)
    expect(text(shellHeading(`#/${id}/budget?lang=en&unit=元`, built))).toBe(`${filled(en.app.heading)} · ${en.screens.budget}`)
  })

  it('全市汇总 names the screen only; nothing for the landing page, an unknown dataset or screen, presentation or embed', () => {
    const id = Object.keys(built.datasets)[0]!
    expect(text(shellHeading(`#/${id}/portal`, built))).toBe(zh.screens.portal)
    for (const hash of ['', '#/', `#/${id}`, `#/not-bundled/overview`, `#/${id}/nosuchscreen`, `#/${id}/overview?present=1`, `#/${id}/overview?embed=1`]) {
      expect(shellHeading(hash, built), hash).toBeNull()
    }
  })

  it('a manifest the parser rejects gives no headings (the app says why, as before)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'shell-'))
    writeFileSync(join(dir, 'manifest.csv'), 'id,department\nx,某局\n')
    expect(shellHeadings(dir).datasets).toEqual({})
    expect(shellHeadings(join(dir, 'missing')).datasets).toEqual({})
  })
})
