/**
 * What a report did not publish (model/missing.ts), checked against the files in data/: the seed's 公开06表 prints
 * nothing under its title; its 07 and 08 print "本表无数据" with the reason under them; the Shanghai reports print
 * every table, their 08/09 (政府性基金, 国有资本) empty with the reason, and putuo-wenlv-2025's 05 cannot be read.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import { loadInputs, type LoadedDataset } from '../../../src/cli/load-node'
import { missingTables, sourceGaps, unexplained } from '../../../src/model/missing'
import { SCREEN_SOURCES } from '../../../src/views/sources'

let data: Map<string, LoadedDataset>
beforeAll(() => {
  data = new Map(loadInputs(['data']).map((l) => [l.dataset.meta.id, l]))
})
const get = (id: string) => data.get(id)!

describe('missingTables', () => {
  it('the seed: 06 empty with no reason, 07 and 08 empty with the reason they print', () => {
    const l = get('zhuzhou-xzsp-2024')
    const m = missingTables(l.dataset, l.result.files)
    expect(m.map((x) => [x.kind, x.status, x.marker])).toEqual([
      ['gpbBasic', 'empty', '公开06表'], ['govFund', 'empty', '公开07表'], ['stateCapital', 'empty', '公开08表'],
    ])
    expect(m[0]!.note).toBeNull()
    expect(m[1]!.note).toBe('说明：我单位没有政府性基金收入，也没有使用政府性基金安排的支出，故本表无数据。')
    expect(m[2]!.note).toBe('说明：我单位没有使用国有资本经营预算安排的支出，故本表无数据。')
    expect(unexplained(m).map((x) => x.kind)).toEqual(['gpbBasic'])
  })

  it('a Shanghai report: only the two fund tables, each empty with its reason', () => {
    const l = get('putuo-guihua-2024')
    const m = missingTables(l.dataset, l.result.files)
    expect(m.map((x) => [x.kind, x.status, x.file])).toEqual([
      ['govFund', 'empty', '08_政府性基金预算财政拨款收入支出决算表.csv'], ['stateCapital', 'empty', '09_国有资本经营预算财政拨款收入支出决算表.csv'],
    ])
    expect(m.every((x) => x.note?.includes('故本表无数据'))).toBe(true)
    expect(unexplained(m)).toEqual([])
  })

  it('a table read but refused is unusable, not absent; without the file reports it is absent', () => {
    const l = get('putuo-wenlv-2025')
    expect(missingTables(l.dataset, l.result.files).find((x) => x.kind === 'gpbExpenditure')).toMatchObject({ status: 'unusable', file: '05_一般公共预算财政拨款支出决算表.csv' })
    expect(missingTables(l.dataset).find((x) => x.kind === 'gpbExpenditure')?.status).toBe('absent')
    // its 08 prints figures (2,002.80 of 政府性基金): not missing
    expect(missingTables(l.dataset, l.result.files).map((x) => x.kind)).toEqual(['gpbExpenditure', 'stateCapital'])
  })

  it('a table with no file at all is absent', () => {
    const { dataset } = get('zhuzhou-xzsp-2024')
    const { threePublic: _, ...tables } = dataset.tables
    expect(missingTables({ ...dataset, tables }).find((x) => x.kind === 'threePublic')).toMatchObject({ status: 'absent', file: null })
  })
})

describe('sourceGaps: which table would fill a screen', () => {
  it('the seed lacks nothing any screen reads', () => {
    const l = get('zhuzhou-xzsp-2024')
    for (const [screen, sources] of Object.entries(SCREEN_SOURCES)) expect(sourceGaps(l.dataset, sources!, l.result.files), screen).toEqual([])
  })

  it('a report without 说明数据: the budget screen needs the 预算执行 part of the statement; 三公 has its table', () => {
    const l = get('putuo-guihua-2024')
    expect(sourceGaps(l.dataset, SCREEN_SOURCES.budget!, l.result.files)).toEqual([{ topic: 'budgetExecution' }])
    expect(sourceGaps(l.dataset, SCREEN_SOURCES.threePublic!, l.result.files)).toEqual([{ topic: 'threePublic' }])
    expect(sourceGaps(l.dataset, SCREEN_SOURCES.drill!, l.result.files)).toEqual([])
  })

  it('a screen fed by either of two tables lacks a source only when both are missing, and names both', () => {
    const { dataset } = get('zhuzhou-xzsp-2024')
    const { expenditure: _e, ...noExp } = dataset.tables
    expect(sourceGaps({ ...dataset, tables: noExp }, SCREEN_SOURCES.drill!)).toEqual([])
    const { gpbExpenditure: _g, ...neither } = noExp
    const gaps = sourceGaps({ ...dataset, tables: neither }, SCREEN_SOURCES.drill!)
    expect(gaps).toHaveLength(1)
    expect('tables' in gaps[0]! && gaps[0].tables.map((t) => [t.kind, t.status])).toEqual([['expenditure', 'absent'], ['gpbExpenditure', 'absent']])
  })
})
