/** The route is the only view state: what a URL means, and the URL a view change writes. */
import { describe, expect, it } from 'vitest'
import { parseView, toQuery, SCREENS } from '@/router/viewState'

describe('parseView', () => {
  it('reads every key of a shared link', () => {
    const v = parseView(
      { dataset: 'zhuzhou-xzsp-2024', screen: 'drill' },
      { path: '208.20805', tables: 'drill.sorted', unit: '元', lang: 'en', embed: '1', present: '1', decal: '1', year: '2024', measure: 'basic' },
    )
    expect(v).toEqual({
      datasetId: 'zhuzhou-xzsp-2024',
      screen: 'drill',
      path: ['208', '20805'],
      tables: ['drill', 'sorted'],
      unit: '元',
      locale: 'en',
      embed: true,
      present: true,
      decal: true,
      extra: { year: '2024', measure: 'basic' },
    })
  })

  it('falls back to the defaults on malformed values instead of failing', () => {
    const v = parseView({ dataset: ['a', 'b'], screen: 'nope' }, { path: '208.<script>.x20805', unit: '美元', lang: 'fr', 'bad-key': 'x', toolongkeyabcdefghij: 'y', embed: 'yes', present: 'true' })
    expect(v.datasetId).toBe('a')
    expect(v.screen).toBe('overview')
    expect(v.path).toEqual(['208'])
    expect(v.unit).toBe('万元')
    expect(v.locale).toBe('zh-CN')
    expect(v.embed).toBe(false)
    expect(v.present).toBe(false)
    expect(v.extra).toEqual({})
  })

  it('knows every screen the app routes to', () => {
    for (const s of SCREENS) expect(parseView({ screen: s }, {}).screen).toBe(s)
  })
})

describe('toQuery', () => {
  const base = parseView({ dataset: 'd', screen: 'drill' }, { path: '201', unit: '亿元', year: '2023' })

  it('writes only what differs from the defaults, keeping screen keys', () => {
    expect(toQuery(parseView({ dataset: 'd' }, {}))).toEqual({})
    expect(toQuery(base)).toEqual({ path: '201', unit: '亿元', year: '2023' })
  })

  it('applies a patch and round-trips through parseView', () => {
    const q = toQuery(base, { path: ['201', '20103'], locale: 'en', tables: ['drill'], unit: '万元' })
    expect(q).toEqual({ path: '201.20103', lang: 'en', tables: 'drill', year: '2023' })
    const back = parseView({ dataset: 'd', screen: 'drill' }, q)
    expect(back).toEqual({ ...base, path: ['201', '20103'], locale: 'en', tables: ['drill'], unit: '万元' })
  })

  it('writes the presentation flag and its slide keys, and drops it on exit', () => {
    const q = toQuery(base, { present: true, extra: { ...base.extra, slide: '3', play: '1' } })
    expect(q).toEqual({ path: '201', unit: '亿元', year: '2023', present: '1', slide: '3', play: '1' })
    const back = parseView({ dataset: 'd', screen: 'drill' }, q)
    expect(back.present).toBe(true)
    expect(back.extra).toEqual({ year: '2023', slide: '3', play: '1' })
    expect(toQuery(back, { present: false })).not.toHaveProperty('present')
  })
})
