/** The entry's early download reads the manifest lightly: which files of which folder a route's dataset has. */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { manifestLine, routeDataset, routeParts } from '@/boot/prefetch'
import { router } from '@/router'
import { SCREENS } from '@/router/viewState'
import { parseManifest } from '@/model/manifest'

const text = readFileSync('data/manifest.csv', 'utf8')

describe('prefetch', () => {
  it('names the same folder and files as the real manifest parser, for every bundled dataset', () => {
    for (const e of parseManifest(text).entries) expect(manifestLine(text, e.id)).toEqual({ id: e.id, folder: e.folder, files: e.files })
  })

  it('the landing page (no dataset in the route) prefetches the first dataset, which it opens', () => {
    const first = parseManifest(text).entries[0]!
    expect(manifestLine(text, null)).toEqual({ id: first.id, folder: first.folder, files: first.files })
  })

  it('an id the manifest does not hold (an import) or a quoted line is left to the store', () => {
    expect(manifestLine(text, 'imported-2023')).toBeNull()
    expect(manifestLine('id,department,year,folder,files\n"a,b",x,2024,f,01.csv\n', 'a,b')).toBeNull()
    expect(manifestLine('no,header\n', null)).toBeNull()
  })

  it('reads the dataset id of a hash route', () => {
    expect(routeDataset('#/zhuzhou-xzsp-2024/overview?lang=en')).toBe('zhuzhou-xzsp-2024')
    expect(routeDataset('#/zhuzhou-xzsp-2024')).toBe('zhuzhou-xzsp-2024')
    expect(routeDataset('#/')).toBeNull()
    expect(routeDataset('')).toBeNull()
    expect(routeDataset('#/%E0%A4/overview')).toBeUndefined()
  })

  it('reads a screen route as the router does: dataset, screen and query', () => {
    const hashes = SCREENS.flatMap((screen) => [
      `#/zhuzhou-xzsp-2024/${screen}`,
      `#/putuo-wenlv-2025/${screen}?lang=en&present=1`,
      `#/${encodeURIComponent('导入 2023')}/${screen}?path=201.20102&embed=1`,
    ])
    for (const hash of hashes) {
      const r = router.resolve(hash.slice(1))
      const parts = routeParts(hash)
      expect(r.name, hash).toBe('screen')
      expect(parts.dataset, hash).toBe(r.params.dataset)
      expect(parts.screen, hash).toBe(r.params.screen)
      expect(Object.fromEntries(parts.query), hash).toEqual(r.query)
    }
    expect(routeParts('#/zhuzhou-xzsp-2024').screen).toBeUndefined()
    expect(routeParts('#/a/overview/more').dataset).toBeNull()
  })
})
