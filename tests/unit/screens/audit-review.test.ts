// @vitest-environment happy-dom
/**
 * 数据核对 as a deputy reads it: the seed's findings ranked by money at stake (1,009.04 万元 first), rounding in
 * one line per cause, every finding of the engine still on the page; and the header badge in words.
 */
import { beforeEach, describe, expect, it } from 'vitest'
import { defineComponent, h } from 'vue'
import { mount, RouterLinkStub } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { i18n } from '@/i18n'
import AuditView from '@/views/audit/AuditView.vue'
import AppHeader from '@/components/AppHeader.vue'
import { runAudit, tallyFindings } from '@/audit'
import { useDatasetsStore } from '@/stores/datasets'
import { router } from '@/router'
import { seed } from './seed'

const PanelStub = defineComponent({ setup: () => () => h('section', { 'data-panel': 'findings' }) })

async function render() {
  const pinia = createPinia()
  setActivePinia(pinia)
  const ds = seed()
  useDatasetsStore().loaded = new Map([[ds.meta.id, { dataset: ds, problems: [], files: [] }]])
  await router.replace({ name: 'screen', params: { dataset: ds.meta.id, screen: 'audit' } })
  return mount(AuditView, { global: { plugins: [pinia, i18n], stubs: { ChartPanel: PanelStub, RouterLink: RouterLinkStub } } })
}

beforeEach(() => {
  i18n.global.locale.value = 'zh-CN'
})

describe('数据核对 screen', () => {
  it('lists every finding of the engine once, inside its cause', async () => {
    const w = await render()
    const shown = w.findAll('[data-finding]').map((li) => `${li.attributes('data-rule')}|${li.find('.finding-message').text()}`)
    const expected = runAudit([seed()]).findings.map((f) => `${f.rule}|${f.message}`)
    expect([...shown].sort()).toEqual([...expected].sort())
  })

  it('puts the most money at stake first: 五（三）第1项 1,009.04 万元, 67.72 % of 1,489.93', async () => {
    const causes = (await render()).findAll('li.cause')
    expect(causes[0]!.attributes('data-rule')).toBe('S05-EXEC-ACTUAL')
    expect(causes[0]!.find('.cause-stake').text()).toBe('涉及金额 1,009.04 万元，占本年支出合计 67.72%')
    const stakes = causes.filter((c) => c.classes('warning')).map((c) => c.attributes('data-stake'))
    expect(stakes.slice(0, 3)).toEqual(['1009.04', '365.38', '50.09'])
  })

  it('collapses the 9 rounding findings into 3 lines, their places behind a disclosure', async () => {
    const r = (await render()).findAll('li.cause[data-kind="rounding"]')
    expect(r).toHaveLength(3)
    expect(r.map((c) => c.findAll('[data-finding]').length).sort()).toEqual([2, 3, 4])
    for (const c of r) expect(c.find('details summary').exists()).toBe(true)
    expect(r.map((c) => c.find('.cause-headline').text())).toContain('尾数误差：印出 642.17，各项相加 642.16，同样的差额见于 2 处')
  })

  it('shows the 三公 budget 5.5 once, with both figures it disagrees with', async () => {
    const c = (await render()).findAll('li.cause').find((x) => x.text().includes('同一个印出数字与 2 处数字不符'))!
    expect(c.findAll('[data-finding]').map((f) => f.attributes('data-rule'))).toEqual(['X09-THREE-PUBLIC-STATED', 'T07-STATED-PARTS'])
  })
})

describe('header badge', () => {
  async function badge(findings = runAudit([seed()]).findings) {
    const pinia = createPinia()
    setActivePinia(pinia)
    await router.replace({ name: 'screen', params: { dataset: seed().meta.id, screen: 'overview' } })
    const counts = runAudit([seed()]).counts
    return mount(AppHeader, {
      props: { badge: { ...counts, ...tallyFindings(findings) } },
      global: { plugins: [pinia, i18n, router], stubs: { RouterLink: RouterLinkStub } },
    }).find('[data-testid="findings-badge"]')
  }
  it('says in words what it counts; the 17 contradictions never read as "no error"', async () => {
    const b = await badge()
    expect(b.text()).toBe('17 处不一致 · 20 处需说明')
    expect(b.attributes('aria-label')).toBe('数据核对：17 处不一致 · 20 处需说明；另有 9 处尾数误差（四舍五入造成，不算不一致）')
    expect(b.text()).not.toMatch(/0 错误|无错误/)
  })
  it('names contradictions between tables and unreadable rows when there are any', async () => {
    const f = runAudit([seed()]).findings[0]!
    const b = await badge([{ ...f, severity: 'error' }, { ...f, family: 'import', rule: 'IMPORT', severity: 'error' }])
    expect(b.text()).toBe('1 处不一致（其中表格之间 1 处） · 1 处未能读取 · 0 处需说明')
  })
})
