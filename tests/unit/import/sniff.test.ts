import { describe, expect, it } from 'vitest'
import { isBulkFile } from '@/import/sniff'
import { decodeHead } from '@/import/decode'
import { fixture } from './helpers'

const enc = new TextEncoder()
const HEADER = '部门,年度,表,科目代码,科目名称,指标,数值,单位,来源\n'
const ROW = '合成市第一局,2024,支出决算表,201,一般公共服务支出,合计,1.00,万元,合成数据合成数据\n'

/** A UTF-8 bulk file of about 20 KB whose 16 KB mark falls inside a three-byte character. */
function splitAtSniff(): Uint8Array {
  for (let pad = 0; pad < 3; pad++) {
    const bytes = enc.encode('#'.repeat(pad) + '\n' + HEADER + ROW.repeat(200))
    if (bytes[16 * 1024]! >= 0x80 && bytes[16 * 1024]! < 0xc0) return bytes
  }
  throw new Error('no padding splits a character at 16 KB')
}

describe('isBulkFile', () => {
  it('finds a Chinese bulk header in a UTF-8 file whose first 16 KB end inside a character', () => {
    expect(isBulkFile('bulk.csv', splitAtSniff())).toBe(true)
  })
  it('finds it in GBK too, and not in a disclosure table or a binary file', () => {
    const gbk = new Uint8Array([0xb2, 0xbf, 0xc3, 0xc5, ...enc.encode(',year,table,code,name,measure,value,unit,source\n')])
    expect(isBulkFile('gbk.csv', gbk)).toBe(true)
    expect(isBulkFile('03.csv', fixture('other-03-expenditure-gbk-tab.csv').bytes)).toBe(false)
    expect(isBulkFile('x.csv', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]))).toBe(false)
  })
})

describe('decodeHead', () => {
  it('cuts after the last line break, so a split character does not make UTF-8 look like GBK', () => {
    const bytes = splitAtSniff()
    const head = decodeHead(bytes, 'bulk.csv', 16 * 1024)
    expect(head).toMatchObject({ ok: true, encoding: 'utf-8' })
    expect(bytes[head.end - 1]).toBe(10)
    expect(head.ok && head.text.startsWith('#')).toBe(true)
    expect(head.ok && head.text.includes('\uFFFD')).toBe(false)
  })
  it('decodes a short file whole', () => {
    expect(decodeHead(enc.encode('a,b'), 'a.csv', 16)).toMatchObject({ ok: true, text: 'a,b', end: 3 })
  })
})
