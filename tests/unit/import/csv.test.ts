import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { cellLine, detectDelimiter, parseCsv } from '../../../src/import/csv'

describe('parseCsv line numbers', () => {
  it('gives the same physical lines for LF and CRLF', () => {
    const lf = parseCsv('a,b\nc,d\n\ne,f\n', 'x.csv')
    const crlf = parseCsv('a,b\r\nc,d\r\n\r\ne,f\r\n', 'x.csv')
    expect(lf.rows.map((r) => r.line)).toEqual([1, 2, 3, 4])
    expect(crlf.rows).toEqual(lf.rows)
    expect(lf.ok && lf.lineCount).toBe(4)
  })

  it('counts the lines inside a quoted multi-line cell', () => {
    const r = parseCsv('h1,h2,h3\n1,"two\nlines\nhere",x\n2,y,z\n', 'x.csv')
    expect(r.rows.map((x) => x.line)).toEqual([1, 2, 5])
    expect(r.rows[1]!.cells[1]).toBe('two\nlines\nhere')
    expect(cellLine(r.rows[1]!, 2)).toBe(4)
    // CRLF inside the quoted cell counts the same
    const c = parseCsv('h1,h2\r\n"a\r\nb",1\r\nz,2\r\n', 'x.csv')
    expect(c.rows.map((x) => x.line)).toEqual([1, 2, 4])
  })

  it('reports an unclosed quote at the line and column where it opened, fatal', () => {
    const r = parseCsv('a,b,c\n1,2,3\n4,"open,5\n6,7,8\n9,10,11\n', 'q.csv')
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.problem).toMatchObject({ severity: 'error', code: 'quote.unclosed', file: 'q.csv', line: 3, column: 2 })
      expect(r.problem.message).toContain('第 3 行第 2 列')
      expect(r.problem.message).toContain('其后 3 行')
    }
  })

  it('reports a malformed quote ("abc"def) instead of swallowing the file', () => {
    const r = parseCsv('a,b\n"x"y,1\nz,2\n', 'q.csv')
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.problem).toMatchObject({ code: 'quote.malformed', line: 2, column: 1 })
  })

  it('finds the opening quote after an earlier multi-line cell', () => {
    const r = parseCsv('a,b\n"m\nn",1\nok,2\nx,"bad\ny,3\n', 'q.csv')
    expect(!r.ok && r.problem.line).toBe(5)
    expect(!r.ok && r.problem.column).toBe(2)
  })
})

describe('detectDelimiter', () => {
  it('detects tab even when amounts carry thousands commas', () => {
    expect(detectDelimiter('合计\t\t1,489.93\t642.17\n2010201\t行政运行\t161.28\t161.28\n2010202\t一般\t1,737.89\t\n')).toBe('\t')
  })
  it('detects comma even when notes carry full-width commas', () => {
    const t = '标题,,,\n项目,合计,基本,项目\n201,1,2,3\n注：本表，反映，情况，说明，如下，。,,,\n'
    expect(detectDelimiter(t)).toBe(',')
  })
  it('detects semicolon and full-width comma', () => {
    expect(detectDelimiter('a;b;c\n1;2;3\n4;5;6\n')).toBe(';')
    expect(detectDelimiter('科目代码，科目名称，合计\n2010201，行政运行，161.28\n')).toBe('，')
  })
  // Why the project keeps its own detector: Papa's guess (field-count deltas over the first 10 rows) takes this
  // real table (putuo-wenlv-2025 表02 saved tab-delimited, trailing empty cells dropped as some exporters do) for a
  // comma file, because the thousands commas of its amounts split rows as evenly as the tabs do.
  it('detects tab in an unpadded export with thousands commas, where Papa guesses comma', () => {
    const t = [
      '收入决算表', '\t\t\t\t\t\t\t\t单位：万元', '项目\t\t本年收入合计\t财政拨款收入\t上级补助收入\t事业收入\t经营收入\t附属单位上缴收入\t其他收入',
      '功能分类科目编码\t科目名称', '合计\t\t26,538.47\t26,538.47', '207\t文化旅游体育与传媒支出\t17,130.42\t17,130.42',
      '20701\t文化和旅游\t14,758.06\t14,758.06', '2070101\t行政运行\t457.86\t457.86', '2070104\t图书馆\t3,070.63\t3,070.63',
      '2070105\t文化展示及纪念机构\t1,700.57\t1,700.57', '2070108\t文化活动\t1,605.19\t1,605.19',
    ].join('\n')
    expect(Papa.parse(t, { delimitersToGuess: [',', '\t', ';', '，'], skipEmptyLines: 'greedy' }).meta.delimiter).toBe(',')
    expect(detectDelimiter(t)).toBe('\t')
    expect(parseCsv(t, 'f.txt').rows[4]!.cells).toEqual(['合计', '', '26,538.47', '26,538.47'])
  })
  it('defaults to comma for a single-column text', () => {
    expect(detectDelimiter('只有一列\n第二行\n')).toBe(',')
  })
  it('parses a full-width-comma file into cells', () => {
    const r = parseCsv('科目代码，科目名称，合计\n2010201，行政运行，161.28\n', 'f.csv')
    expect(r.delimiter).toBe('，')
    expect(r.rows[1]!.cells).toEqual(['2010201', '行政运行', '161.28'])
  })
})
