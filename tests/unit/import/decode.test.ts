import { describe, expect, it } from 'vitest'
import { decodeBytes, replacementWarning } from '../../../src/import/decode'
import { fixture, utf8 } from './helpers'

describe('decodeBytes', () => {
  it('strips a UTF-8 BOM and reports utf-8-bom', () => {
    const r = decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('收入决算表')]), 'a.csv')
    expect(r).toEqual({ ok: true, text: '收入决算表', encoding: 'utf-8-bom' })
  })

  it('reads plain UTF-8 strictly', () => {
    expect(decodeBytes(utf8('单位：万元'), 'a.csv')).toEqual({ ok: true, text: '单位：万元', encoding: 'utf-8' })
  })

  it('falls back to GB18030 for GBK bytes (fixture written with iconv -t GB18030)', () => {
    const r = decodeBytes(fixture('other-03-expenditure-gbk-tab.csv').bytes, 'g.csv')
    expect(r.ok && r.encoding).toBe('gb18030')
    expect(r.ok && r.text.startsWith('支出决算表\t')).toBe(true)
    expect(r.ok && r.text).toContain('机关事业单位基本养老保险缴费支出')
  })

  it('decodes the two GBK bytes D6 D0 as 中 and never reads valid UTF-8 as GBK', () => {
    expect(decodeBytes(new Uint8Array([0xd6, 0xd0]), 'x.csv')).toMatchObject({ ok: true, text: '中', encoding: 'gb18030' })
    // 中 in UTF-8 (E4 B8 AD) is also decodable as GBK mojibake; strict UTF-8 must win
    expect(decodeBytes(new Uint8Array([0xe4, 0xb8, 0xad]), 'x.csv')).toMatchObject({ ok: true, text: '中', encoding: 'utf-8' })
  })

  it('rejects an empty file', () => {
    const r = decodeBytes(new Uint8Array(), 'empty.csv')
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.problem).toMatchObject({ severity: 'error', code: 'file.empty', file: 'empty.csv', line: 0 })
  })

  it('rejects a BOM-only or whitespace-only file', () => {
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf]), 'b.csv').ok).toBe(false)
    expect(decodeBytes(utf8(' \n\r\n'), 'b.csv').ok).toBe(false)
  })

  it('rejects an .xlsx renamed to .csv with a message that says so', () => {
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, ...utf8('[Content_Types].xml')])
    const r = decodeBytes(bytes, '03.csv')
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.problem.code).toBe('file.binary')
      expect(r.problem.message).toContain('.xlsx')
      expect(r.problem.message).toContain('03.csv')
    }
  })

  it('rejects an old .xls (OLE2) file', () => {
    const r = decodeBytes(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'a.csv')
    expect(!r.ok && r.problem.message).toContain('.xls')
  })

  it('rejects binary with NUL bytes and UTF-16 text', () => {
    const nul = decodeBytes(new Uint8Array([0x61, 0x62, 0x00, 0x63]), 'n.csv')
    expect(!nul.ok && nul.problem.message).toContain('第 3 个字节')
    const u16 = decodeBytes(new Uint8Array([0xff, 0xfe, 0x36, 0x65]), 'u.csv')
    expect(!u16.ok && u16.problem.message).toContain('UTF-16')
  })
})

describe('replacementWarning', () => {
  it('names the first line with undecodable bytes', () => {
    expect(replacementWarning('a\nb\n c\uFFFD', 'f.csv')).toMatchObject({ severity: 'warning', line: 3 })
    expect(replacementWarning('fine', 'f.csv')).toBeNull()
  })
})
