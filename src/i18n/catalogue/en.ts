/** The English templates (same keys and parameters as zh.ts): loaded with the English UI, on first use. */
import common from './common.en'
import findings from './findings.en'
import problems from './problems.en'
import type zh from './zh'

const en: Record<keyof typeof zh, string> = { ...common, ...findings, ...problems }
export default en
