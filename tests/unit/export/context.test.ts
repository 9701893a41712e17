import { describe, expect, it } from 'vitest'
import { captionLines, exportFileName, wrapText, type ExportContext } from '@/export/context'

const base: ExportContext = { department: '株洲市行政审批服务局', year: 2024, screen: '支出结构', panel: 'drill', path: [], unit: '万元' }

describe('exportFileName', () => {
  it('holds department, year, screen, panel, drill path and unit', () => {
    expect(exportFileName(base, 'csv')).toBe('株洲市行政审批服务局_2024_支出结构_drill_万元.csv')
    expect(exportFileName({ ...base, path: ['201', '20103'], unit: '元' }, 'png')).toBe('株洲市行政审批服务局_2024_支出结构_drill_201.20103_元.png')
  })
  it('differs when only the drill level or the unit differs, so one download never overwrites another', () => {
    const names = [base, { ...base, path: ['201'] }, { ...base, unit: '亿元' }, { ...base, panel: 'drillBar' }].map((c) => exportFileName(c, 'csv'))
    expect(new Set(names).size).toBe(names.length)
  })
  it('makes every part safe for a file system and leaves empty parts out', () => {
    const name = exportFileName({ department: 'a/b:c*?"<>|', year: null, screen: 'Spending structure', panel: 'x', path: [], unit: '10k yuan' }, 'csv')
    expect(name).toBe('a-b-c_Spending-structure_x_10k-yuan.csv')
    expect(exportFileName({ department: null, year: null, screen: '', panel: '', path: [], unit: null }, 'png')).toBe('export.png')
  })
  it('cuts a very long department name so the whole name stays within 200 bytes', () => {
    const name = exportFileName({ ...base, department: '很'.repeat(120) }, 'csv')
    expect(new TextEncoder().encode(name).length).toBeLessThanOrEqual(200)
    expect(name.endsWith('_2024_支出结构_drill_万元.csv')).toBe(true)
  })
})

describe('captionLines', () => {
  it('title, then department and year with the screen, path, unit, source; absent parts left out', () => {
    expect(captionLines('支出功能分类：一般公共服务支出', '支出结构', { heading: '株洲市行政审批服务局 · 2024年度部门决算', path: '科目：201', unit: '单位：万元', source: '来源：支出决算表' })).toEqual([
      '支出功能分类：一般公共服务支出',
      '株洲市行政审批服务局 · 2024年度部门决算 · 支出结构',
      '科目：201',
      '单位：万元',
      '来源：支出决算表',
    ])
    expect(captionLines('t', 's', { heading: null, path: null, unit: null, source: '来源：x' })).toEqual(['t', 's', '来源：x'])
  })
})

describe('wrapText', () => {
  const measure = (s: string) => [...s].length // one unit a character
  it('breaks English at spaces and Chinese between characters, losing nothing', () => {
    expect(wrapText('Source: the final accounts table', 12, measure)).toEqual(['Source: the', 'final', 'accounts', 'table'])
    const zh = '来源：株洲市行政审批服务局2024年度部门决算公开'
    const lines = wrapText(zh, 10, measure)
    expect(lines.join('')).toBe(zh)
    for (const l of lines) expect(measure(l)).toBeLessThanOrEqual(10)
  })
  it('cuts a token longer than the line', () => {
    expect(wrapText('abcdefghij', 4, measure)).toEqual(['abcd', 'efgh', 'ij'])
  })
  it('keeps a character outside the basic plane whole', () => {
    expect(wrapText('𠀀𠀀𠀀', 2, measure)).toEqual(['𠀀𠀀', '𠀀'])
  })
})
