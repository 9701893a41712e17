import { describe, expect, it } from 'vitest'
import { formatBytes } from '@/views/import/bytes'

describe('formatBytes', () => {
  it('bytes, then KB/MB at 1024, one decimal below ten units', () => {
    expect(formatBytes(0, 'zh-CN')).toBe('0 B')
    expect(formatBytes(1023, 'zh-CN')).toBe('1,023 B')
    expect(formatBytes(1024, 'zh-CN')).toBe('1.0 KB')
    expect(formatBytes(1536, 'en')).toBe('1.5 KB')
    expect(formatBytes(10 * 1024 + 600, 'en')).toBe('11 KB')
    expect(formatBytes(3 * 1024 * 1024, 'en')).toBe('3.0 MB')
  })
})
