/** Which row reader a table kind and header layout need. */
import type { TableKind } from '../../model/types'
import { basicBlocksReader, blockCount } from './basicBlocks'
import type { TableContext } from './cells'
import { codeTableReader } from './codeTable'
import type { HeaderBlock } from './header'
import type { ReaderResult } from './reader'
import { summaryReader } from './summaryTable'
import { threePublicReader } from './threePublic'

export function chooseReader(kind: TableKind, block: HeaderBlock, ctx: TableContext): ReaderResult {
  switch (kind) {
    case 'summary':
    case 'fiscalSummary':
      return summaryReader(kind, block, ctx)
    case 'threePublic':
      return threePublicReader(block, ctx)
    case 'gpbBasic':
      return blockCount(block) >= 2 ? basicBlocksReader(block, ctx) : codeTableReader(kind, block, ctx)
    default:
      return codeTableReader(kind, block, ctx)
  }
}
