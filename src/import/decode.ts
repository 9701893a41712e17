/**
 * The one encoding detector of the importer: bytes → text. BOM → UTF-8 without BOM; else strict UTF-8; else
 * GB18030 (a superset of GBK/GB2312). Binary files (xlsx/zip, xls/OLE2, anything with NUL bytes) and empty files
 * are rejected with a clear message. Table files are decoded whole (`decodeBytes`); bulk files and the bulk sniff
 * decide on their first lines (`decodeHead`) and decode cells with `textDecoder`.
 */
import type { FileReport, ImportProblem } from '../model/types'
import { error, warning } from './problems'

export type Encoding = FileReport['encoding']

export type DecodeResult =
  | { ok: true; text: string; encoding: Encoding }
  | { ok: false; problem: ImportProblem }

const SAVE_AS_CSV = '文本 CSV 文件（UTF-8 或 GBK 编码），可在 Excel 中“另存为 → CSV”'

function startsWith(bytes: Uint8Array, sig: readonly number[]): boolean {
  return sig.every((b, i) => bytes[i] === b)
}

function reject(file: string, code: string, message: string): DecodeResult {
  return { ok: false, problem: error({ code, file, line: 0, expected: SAVE_AS_CSV, message }) }
}

/** What kind of binary the bytes are, or null when they look like text. */
function binaryKind(bytes: Uint8Array): string | null {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    return '这是 Excel .xlsx（或其他 zip 压缩包）文件，只是扩展名被改成了 .csv'
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return '这是旧版 Excel .xls（或 Word .doc）二进制文件，只是扩展名被改成了 .csv'
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return '这是 PDF 文件，不是 CSV'
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    return '这是 UTF-16 编码的文本（Excel“Unicode 文本”），请另存为“CSV UTF-8”'
  }
  const limit = Math.min(bytes.length, 65536)
  for (let i = 0; i < limit; i++) if (bytes[i] === 0) return `文件在第 ${i + 1} 个字节处含有空字节（NUL），是二进制文件而不是文本`
  return null
}

/**
 * A decoder for the encoding. `strict`: a byte that is not UTF-8 throws (for 'utf-8' only; a BOM file is UTF-8
 * by its own word, and GB18030 shows undecodable bytes as U+FFFD).
 */
export function textDecoder(encoding: Encoding, strict = false): TextDecoder {
  return encoding === 'gb18030' ? new TextDecoder('gb18030') : new TextDecoder('utf-8', { fatal: strict && encoding === 'utf-8' })
}

/** Bytes the BOM takes at the start of a file of this encoding. */
export const bomLength = (encoding: Encoding) => (encoding === 'utf-8-bom' ? 3 : 0)

export function decodeBytes(bytes: Uint8Array, file: string): DecodeResult {
  if (bytes.length === 0) return reject(file, 'file.empty', `文件 ${file} 是空文件（0 字节）`)
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    const text = textDecoder('utf-8-bom').decode(bytes.subarray(3))
    if (text.trim() === '') return reject(file, 'file.empty', `文件 ${file} 除 BOM 外没有内容`)
    return { ok: true, text, encoding: 'utf-8-bom' }
  }
  const binary = binaryKind(bytes)
  if (binary) return reject(file, 'file.binary', `文件 ${file} 无法作为 CSV 读取：${binary}`)
  let result: DecodeResult
  try {
    result = { ok: true, text: textDecoder('utf-8', true).decode(bytes), encoding: 'utf-8' }
  } catch {
    result = { ok: true, text: textDecoder('gb18030').decode(bytes), encoding: 'gb18030' }
  }
  if (result.ok && result.text.trim() === '') return reject(file, 'file.empty', `文件 ${file} 只有空白字符`)
  return result
}

/**
 * The first lines of a file, decoded by the same rules as the whole file: at most `maxBytes`, cut after the last
 * line break inside them (a line-break byte is never part of a UTF-8 or GBK character), so a character split by
 * the cut cannot pass for a GBK file (no line break in them: the whole file). `end` = bytes decoded; no BOM in the text.
 */
export function decodeHead(bytes: Uint8Array, file: string, maxBytes: number): DecodeResult & { end: number } {
  let end = bytes.length
  if (bytes.length > maxBytes) {
    const lf = bytes.subarray(0, maxBytes).lastIndexOf(10)
    if (lf > 0) end = lf + 1
  }
  return { ...decodeBytes(bytes.subarray(0, end), file), end }
}

/**
 * A warning when GB18030 decoding produced replacement characters (U+FFFD): the bytes were neither
 * valid UTF-8 nor valid GBK/GB18030, so some characters are lost. Names the first line affected.
 */
export function replacementWarning(text: string, file: string): ImportProblem | null {
  const at = text.indexOf('\uFFFD')
  if (at < 0) return null
  return lostBytesWarning(file, text.slice(0, at).split(/\r\n|\n|\r/).length)
}

/** The warning for bytes neither UTF-8 nor GBK/GB18030, from `line` on. */
export function lostBytesWarning(file: string, line: number): ImportProblem {
  return warning({
    code: 'encoding.replacement',
    file,
    line,
    expected: 'UTF-8 或 GBK/GB18030 编码的文本',
    message: `文件 ${file} 第 ${line} 行起有无法识别的字节（已显示为 �），编码可能既不是 UTF-8 也不是 GBK`,
  })
}
