/**
 * One bulk file: bytes → text → header → scanner → FactBuilder, decoded in pieces (streaming TextDecoder)
 * so the whole file never becomes one string: faster, less memory, no limit from the engine's longest
 * string, and progress while it runs. The encoding follows decodeBytes: its verdict on the first lines
 * (BOM, binary, empty, UTF-8 or GB18030), then strict UTF-8 for the rest; should a later byte not be
 * UTF-8, the file is read again as GB18030 (what decodeBytes would have chosen for the whole file).
 */
import type { FactBuilder } from '../../model/facts'
import type { FileReport, ImportProblem } from '../../model/types'
import { decodeBytes } from '../decode'
import { warning } from '../problems'
import { HEADER_SEARCH, findHeader, type BulkHeader } from './header'
import { RowReader } from './row'
import { BulkScan } from './scan'

export interface BulkFileResult {
  report: FileReport
  problems: ImportProblem[]
}

export interface ParseOptions {
  /** bytes of this file read so far */
  onProgress?: (bytesDone: number) => void
  /** bytes decoded per piece (tests use tiny pieces to cross every boundary) */
  chunkBytes?: number
}

type Encoding = FileReport['encoding']
const PROBE_BYTES = 1 << 16
/** a row still open after this many characters is not data: its quote is reported as unclosed */
const MAX_ROW_CHARS = 1 << 22

class NotUtf8 extends Error {}

export function parseBulkBytes(bytes: Uint8Array, file: string, builder: FactBuilder,
  options: ParseOptions = {}): BulkFileResult {
  const report: FileReport = {
    file, encoding: 'utf-8', delimiter: ',', recognisedAs: 'bulk',
    linesRead: 0, rowsKept: 0, rowsReported: 0, rowsStructural: 0, fatal: false,
  }
  // probe on whole lines (a line break byte is never inside a UTF-8 or GBK character)
  let probeEnd = bytes.length
  if (bytes.length > PROBE_BYTES) {
    const lf = bytes.subarray(0, PROBE_BYTES).lastIndexOf(10)
    if (lf > 0) probeEnd = lf + 1
  }
  const probe = decodeBytes(bytes.subarray(0, probeEnd), file)
  if (!probe.ok) return { report: { ...report, recognisedAs: null, fatal: true }, problems: [probe.problem] }
  const mark = builder.mark()
  try {
    return stream(bytes, file, builder, probe.encoding, report, options)
  } catch (e) {
    if (!(e instanceof NotUtf8)) throw e
    builder.rollback(mark)
    return stream(bytes, file, builder, 'gb18030', report, options)
  }
}

function stream(bytes: Uint8Array, file: string, builder: FactBuilder, encoding: Encoding, base: FileReport,
  options: ParseOptions): BulkFileResult {
  const decoder = encoding === 'gb18030' ? new TextDecoder('gb18030') : new TextDecoder('utf-8', { fatal: encoding === 'utf-8' })
  const chunk = Math.max(16, options.chunkBytes ?? 1 << 20)
  const problems: ImportProblem[] = []
  let header: BulkHeader | null = null
  let reader: RowReader | null = null
  let scan: BulkScan | null = null
  let carry = ''
  let lostAt = -1
  let lastChar = 10
  let headerAtEnd = false
  for (let pos = 0; ;) {
    let end = Math.min(bytes.length, pos + chunk)
    if (end < bytes.length) {
      // end the piece after a line break (never inside a character): no text carried over, no string joins
      const lf = bytes.subarray(pos, end).lastIndexOf(10)
      if (lf >= 0) end = pos + lf + 1
    }
    const final = end >= bytes.length
    let piece: string
    try {
      piece = decoder.decode(bytes.subarray(pos, end), { stream: !final })
    } catch {
      throw new NotUtf8()
    }
    pos = end
    const text = carry === '' ? piece : carry + piece
    if (text.length > 0) lastChar = text.charCodeAt(text.length - 1)
    let start = 0
    if (!header) {
      if (!final && lineBreaks(text) <= HEADER_SEARCH) {
        carry = text
        continue
      }
      const found = findHeader(text, file)
      if ('problem' in found) return { report: { ...base, encoding, recognisedAs: null, fatal: true }, problems: [found.problem] }
      header = found
      headerAtEnd = found.offset >= text.length
      problems.push(...found.problems)
      reader = new RowReader(builder, file, builder.fileId(file), found.roles)
      scan = new BulkScan(found, reader, text.includes('\n') || !text.includes('\r') ? '\n' : '\r')
      start = found.offset
    }
    if (encoding === 'gb18030' && lostAt < 0 && text.includes('\uFFFD', start)) {
      lostAt = scan!.line + lineBreaks(text.slice(start, text.indexOf('\uFFFD', start)))
    }
    const consumed = scan!.run(text, start, final, text.length - start > MAX_ROW_CHARS)
    carry = consumed < text.length ? text.slice(consumed) : ''
    options.onProgress?.(pos)
    if (final) break
  }
  const stats = reader!.stats
  reader!.finish(scan!.lines(lastChar === 10 || lastChar === 13, headerAtEnd))
  if (lostAt > 0) {
    problems.unshift(warning({
      code: 'encoding.replacement', file, line: lostAt, expected: 'UTF-8 或 GBK/GB18030 编码的文本',
      message: `文件 ${file} 第 ${lostAt} 行起有无法识别的字节（已显示为 �），编码可能既不是 UTF-8 也不是 GBK`,
    }))
  }
  return {
    report: {
      ...base, encoding, delimiter: header.delimiter, linesRead: stats.linesRead, rowsKept: stats.rowsKept,
      rowsReported: stats.rowsReported, rowsStructural: stats.rowsStructural + header.line,
    },
    problems: [...problems, ...reader!.problems],
  }
}

function lineBreaks(text: string): number {
  let count = 0
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) count++
  return count || (text.includes('\r') ? text.split('\r').length - 1 : 0)
}

/** True when the text has a bulk-layout header within its first lines. */
export function isBulkText(text: string): boolean {
  return !('problem' in findHeader(text, ''))
}
