import { describe, expect, it } from 'vitest'
import { ingestBulkFiles } from '@/import/bulk/ingest'
import { indexFacts, resolvedValue } from '@/model/facts'

const HEAD = 'department,year,table,code,name,measure,value,unit,source\n'
const enc = (s: string) => new TextEncoder().encode(s)
const run = (text: string | Uint8Array, progressRows?: number) =>
  ingestBulkFiles([{ name: 'b.csv', bytes: typeof text === 'string' ? enc(text) : text }], { progressRows })

/** facts as readable tuples: department, year, table, code, measure, value, precision, line */
function facts(text: string | Uint8Array, progressRows?: number) {
  const r = run(text, progressRows)
  const c = r.columns
  const out = []
  for (let i = 0; i < c.length; i++) {
    out.push([c.departments[c.department[i]!], c.year[i], c.table[i], c.codes[c.code[i]!], c.measures[c.measure[i]!],
      c.value[i], c.precision[i], c.line[i]])
  }
  return { out, r }
}

describe('bulk layout: reading', () => {
  it('reads rows into columns with file lines, and rows read = kept + reported', () => {
    const { out, r } = facts(`${HEAD}局A,2024,expenditure,201,一般公共服务支出,total,1489.93,万元,x\n局A,2024,expenditure,,合计,total,-2.5,万元,x\n`)
    expect(out).toEqual([['局A', 2024, 2, '201', 'total', 1489.93, 2, 2], ['局A', 2024, 2, '', 'total', -2.5, 1, 3]])
    expect(r.files[0]).toMatchObject({ recognisedAs: 'bulk', linesRead: 3, rowsKept: 2, rowsReported: 0, rowsStructural: 1 })
    expect(r.problems).toEqual([])
  })

  it('takes the Chinese header in any column order, without the optional columns', () => {
    const { out, r } = facts('指标,数值,部门,表,年度,科目代码,备注\n基本支出,3,局A,公开03表,2023,201 01 01,无\nbasic,4,局A,支出决算表,2023,2010102,\n')
    expect(out).toEqual([['局A', 2023, 2, '2010101', 'basic', 3, 0, 2], ['局A', 2023, 2, '2010102', 'basic', 4, 0, 3]])
    expect(r.problems.map((p) => [p.code, p.column])).toEqual([['bulk.column.ignored', 7]])
  })

  it('converts 元 and 亿元 to 万元 exactly, with the precision printed', () => {
    const { out } = facts(`${HEAD}A,2024,income,,合计,total,"14,899,300.00",元,\nA,2024,income,,合计,fiscal,0.148993,亿元,\nA,2024,income,,合计,other,2,亿元,\n`)
    expect(out.map((f) => [f[5], f[6]])).toEqual([[1489.93, 6], [1489.93, 2], [20000, 0]])
  })

  it('reads CRLF and lone-CR files like LF files', () => {
    const lf = `${HEAD}A,2024,expenditure,201,x,total,1,万元,s\nA,2024,expenditure,202,y,total,2,万元,s\n`
    const want = facts(lf).out
    expect(facts(lf.replaceAll('\n', '\r\n')).out).toEqual(want)
    expect(facts(lf.replaceAll('\n', '\r')).out).toEqual(want)
    expect(facts(lf.trimEnd()).out).toEqual(want)
    expect(facts(lf.trimEnd() + '\r').out).toEqual(want)
  })

  it('keeps a lone CR inside a cell of an LF file as text', () => {
    const r = run(`${HEAD}A,2024,expenditure,201,a\rb,total,1,万元,s\r\nA,2024,expenditure,202,a\rb,total,2,万元,s\n`)
    expect(r.problems).toEqual([])
    expect(r.columns.codeNames[r.columns.codes.indexOf('201')]).toBe('a\rb')
    expect([...r.columns.line]).toEqual([2, 3])
  })

  it('keeps RFC 4180 quotes: delimiters, doubled quotes and line breaks inside cells', () => {
    const text = `${HEAD}"局,A",2024,expenditure,201,"名""称""",total,1,万元,s\n"局,A",2024,expenditure,202,"两\n行",total,2,万元,s\n局B,2024,expenditure,203,z,total,3,万元,s\n`
    const { out, r } = facts(text)
    expect(out.map((f) => [f[0], f[3], f[7]])).toEqual([['局,A', '201', 2], ['局,A', '202', 3], ['局B', '203', 5]])
    expect(r.columns.codeNames[r.columns.codes.indexOf('201')]).toBe('名"称"')
    expect(r.columns.codeNames[r.columns.codes.indexOf('202')]).toBe('两\n行')
    expect(r.files[0]!.linesRead).toBe(5)
  })

  it('never matches a quoted cell holding a delimiter against the same bytes unquoted', () => {
    const r = run(`${HEAD}"甲,乙",2024,expenditure,201,x,total,1,万元,s\n甲,乙,2024,expenditure,201,x,total,1,万元,s\n`)
    expect(r.columns.departments).toEqual(['甲,乙'])
    expect(r.problems.map((p) => [p.code, p.line, p.value])).toEqual([['bulk.year', 3, '乙']])
  })

  it('gives the same facts however often it reports progress', () => {
    const text = `${HEAD}"局,A",2024,expenditure,201,"两\r\n行",total,1,万元,s\r\n局B,2024,expenditure,2010101,行政运行,project,2.5,万元,s\r\n`.repeat(3)
    const whole = facts(text)
    for (const chunk of [1, 2, 3]) {
      const pieces = facts(text, chunk)
      expect(pieces.out).toEqual(whole.out)
      expect(pieces.r.problems).toEqual(whole.r.problems)
    }
  })
})

describe('bulk layout: bad input', () => {
  it('reports each bad row once with line, column, value and what was expected', () => {
    const rows = [
      'A,2024,expenditure,201,x,total,约100,万元,s', // 2 value
      'A,2024,expenditure,201,x,basic,1.2.3,万元,s', // 3 value
      'A,20x4,expenditure,201,x,total,1,万元,s', // 4 year
      'A,2024,支出表格,201,x,total,1,万元,s', // 5 table
      'A,2024,expenditure,20a,x,total,1,万元,s', // 6 code
      'A,2024,expenditure,201,x,total,1,美元,s', // 7 unit
      'A,2024,expenditure,201', // 8 short
      'A,2024,expenditure,201,x,project,1,万元,s,多余', // 9 long
      'A,2024,expenditure,201,x,project,—,万元,s', // 10 blank value
      ',2024,expenditure,201,x,project,1,万元,s', // 11 department
      'A,2024,expenditure,201,x,本年支出,1,万元,s', // 12 measure
      'A,2024,expenditure,201,x,project,5,万元,s', // 13 kept
    ]
    const r = run(`${HEAD}${rows.join('\n')}\n`)
    expect(r.problems.map((p) => [p.code, p.line, p.column, p.value ?? ''])).toEqual([
      ['bulk.value', 2, 7, '约100'], ['bulk.value', 3, 7, '1.2.3'], ['bulk.year', 4, 2, '20x4'], ['bulk.table', 5, 3, '支出表格'],
      ['bulk.code', 6, 4, '20a'], ['bulk.unit', 7, 8, '美元'], ['bulk.row.short', 8, 5, ''], ['bulk.row.long', 9, 10, '多余'],
      ['bulk.value.blank', 10, 7, ''], ['bulk.department', 11, 1, ''], ['bulk.measure', 12, 6, '本年支出'],
    ])
    expect(r.problems.every((p) => p.expected.length > 0 && p.message.includes('b.csv'))).toBe(true)
    expect(r.problems.find((p) => p.code === 'bulk.value.blank')!.severity).toBe('warning')
    expect(r.files[0]).toMatchObject({ rowsKept: 1, rowsReported: 11 })
  })

  it('reports an unclosed quote at its line and reads on from the next line', () => {
    const r = run(`${HEAD}A,2024,expenditure,201,"坏,total,1,万元,s\nA,2024,expenditure,202,y,total,2,万元,s\n"局,B",2024,expenditure,203,z,total,3,万元,s\n`)
    expect(r.problems.map((p) => [p.code, p.line, p.column])).toEqual([['bulk.quote.unclosed', 2, 5]])
    expect([...r.columns.line]).toEqual([3, 4])
    expect(r.files[0]).toMatchObject({ rowsKept: 2, rowsReported: 1 })
  })

  it('reports an unclosed quote at the end of the file without losing the rows before it', () => {
    const r = run(`${HEAD}A,2024,expenditure,202,y,total,2,万元,s\nA,2024,expenditure,201,"坏,total,1,万元,s\n`)
    expect(r.problems.map((p) => [p.code, p.line])).toEqual([['bulk.quote.unclosed', 3]])
    expect(r.columns.length).toBe(1)
  })

  it('reports a repeated fact against the later line and keeps the first', () => {
    const row = 'A,2024,expenditure,201,x,total,1,万元,s\n'
    const r = run(`${HEAD}${row}${row}`)
    expect(r.problems.map((p) => [p.code, p.line])).toEqual([['bulk.duplicate', 3]])
    expect(r.files[0]).toMatchObject({ rowsKept: 1, rowsReported: 1 })
  })

  it('reports a fact repeated in a second file against that file, past a file that could not be read', () => {
    const row = 'A,2024,expenditure,201,x,total,1,万元,s\n'
    const r = ingestBulkFiles([
      { name: 'one.csv', bytes: enc(`${HEAD}${row}`) },
      { name: 'bad.csv', bytes: new Uint8Array(0) },
      { name: 'two.csv', bytes: enc(`${HEAD}A,2024,expenditure,202,y,total,2,万元,s\n${row}`) },
    ])
    expect(r.problems.map((p) => [p.code, p.file, p.line])).toEqual([['file.empty', 'bad.csv', 0], ['bulk.duplicate', 'two.csv', 3]])
    expect(r.problems[1]!.message).toContain('one.csv 第 2 行')
    expect(r.files.map((f) => [f.file, f.rowsKept, f.rowsReported, f.fatal])).toEqual([
      ['one.csv', 1, 0, false], ['bad.csv', 0, 0, true], ['two.csv', 1, 1, false],
    ])
    expect(r.columns.files).toEqual(['one.csv', 'two.csv'])
  })

  it('rejects files without the header, empty files and binary files', () => {
    expect(run('a,b,c\n1,2,3\n').problems.map((p) => p.code)).toEqual(['bulk.header'])
    expect(run(new Uint8Array(0)).problems.map((p) => p.code)).toEqual(['file.empty'])
    expect(run(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0])).files[0]!.fatal).toBe(true)
    expect(run(HEAD).files[0]).toMatchObject({ fatal: false, rowsKept: 0, linesRead: 1 })
  })

  it('skips title lines above the header', () => {
    const r = run(`合成市部门决算汇总\n单位：万元\n${HEAD}A,2024,expenditure,201,x,total,1,万元,s\n`)
    expect(r.files[0]).toMatchObject({ rowsKept: 1, rowsStructural: 3 })
    expect([...r.columns.line]).toEqual([4])
  })
})

describe('bulk layout: encodings', () => {
  // python3: '部门,年度,表,…\r\n合成市第1局,2024,支出决算表,2010101,行政运行,基本支出,"1,489.93",万元,合成\r\n'.encode('gbk')
  const GBK = 'b2bfc3c52cc4eab6c82cb1ed2cbfc6c4bfb4fac2eb2cbfc6c4bfc3fbb3c62cd6b8b1ea2ccafdd6b52cb5a5cebb2cb3f6b4a60d0a' +
    'bacfb3c9cad0b5da31bed62c323032342cd6a7b3f6bef6cbe3b1ed2c323031303130312cd0d0d5fed4cbd0d02cbbf9b1bed6a7b3f62c22312c3438392e3933222ccdf2d4aa2cbacfb3c90d0a'
  const bytes = (hex: string) => Uint8Array.from(hex.match(/../g)!.map((h) => parseInt(h, 16)))

  it('reads a GBK export', () => {
    const { out, r } = facts(bytes(GBK))
    expect(r.files[0]!.encoding).toBe('gb18030')
    expect(out).toEqual([['合成市第1局', 2024, 2, '2010101', 'basic', 1489.93, 2, 2]])
    expect(r.columns.sources).toContain('合成')
  })

  it('warns at the first line whose bytes are neither UTF-8 nor GB18030', () => {
    const r = run(new Uint8Array([...enc(`${HEAD}A,2024,expenditure,201,x,total,1,,s\n`), 0x41, 0xff, ...enc(',2024,expenditure,201,x,total,1,,s\n')]))
    expect(r.files[0]!.encoding).toBe('gb18030')
    expect(r.problems.map((p) => [p.code, p.severity, p.line])).toEqual([['encoding.replacement', 'warning', 3]])
    expect(r.columns.departments).toEqual(['A', 'A\uFFFD'])
  })

  it('reads a UTF-8 file with BOM', () => {
    const { out, r } = facts(new Uint8Array([0xef, 0xbb, 0xbf, ...enc(`${HEAD}A,2024,expenditure,201,x,total,1,万元,s\n`)]))
    expect(r.files[0]!.encoding).toBe('utf-8-bom')
    expect(out.length).toBe(1)
  })

  it('reads the whole file again as GB18030 when bytes past the first lines are not UTF-8', () => {
    const ascii = enc(`${HEAD}${'A,2024,expenditure,201,x,total,1,万元,s\n'.replaceAll('万元', '')}`.repeat(1))
    const filler = enc('B,2024,expenditure,201,x,total,1,,s\n'.repeat(3000)) // > 64 KiB
    const gbkRow = bytes('bacfb3c9cad0b5da31bed62c323032342c') // 合成市第1局,2024,
    const tail = enc('expenditure,201,x,total,1,,s\n')
    const all = new Uint8Array([...ascii, ...filler, ...gbkRow, ...tail])
    const r = run(all)
    expect(r.files[0]!.encoding).toBe('gb18030')
    const store = indexFacts(r.columns).store
    expect(store.columns.departments.sort()).toEqual(['A', 'B', '合成市第1局'])
    expect(resolvedValue(store, store.index.byDepartment[store.index.departmentId.get('合成市第1局')!]![0]!, 'expenditure', 'total', '201')).toBe(1)
  })
})

describe('bulk layout: the documented example', () => {
  it('reads the example in docs/BULK.md as the document says', async () => {
    const { readFileSync } = await import('node:fs')
    const md = readFileSync('docs/BULK.md', 'utf8')
    const start = md.indexOf('```csv') + 7
    const { out, r } = facts(md.slice(start, md.indexOf('```', start)))
    expect(r.problems).toEqual([])
    expect(out.map((f) => [f[1], f[2], f[3], f[4], f[5], f[6]])).toEqual([
      [2024, 1, '', 'total', 1489.93, 2], [2024, 1, '', 'fiscal', 1489.93, 6], [2024, 1, '2010201', 'total', 161.28, 2],
    ])
  })
})
