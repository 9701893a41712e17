/**
 * Which path a file takes: the tidy bulk layout (one row per department, year, table, code, measure) or a
 * disclosure table. Decided from the header text in the first few kilobytes, never from the file name.
 */
import { findHeader } from './bulk/header'
import { decodeHead } from './decode'

/** how much of a file the sniff reads */
export const HEAD_BYTES = 16 * 1024

export function isBulkFile(name: string, bytes: Uint8Array): boolean {
  const head = decodeHead(bytes, name, HEAD_BYTES)
  return head.ok && !('problem' in findHeader(head.text, name))
}
