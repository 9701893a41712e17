// @vitest-environment happy-dom
/**
 * The 机构改革划转 and 同比变化 components: what they print for the seed, for a report without reform figures
 * (the "not in this report" state, no moved step) and for a made-up department. Panels are stubbed to print their
 * table rows and notes as the real panel shows them (printed names unmarked), so no chart code loads.
 */
import { describe, expect, it } from 'vitest'
import { defineComponent, h, type PropType } from 'vue'
import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { i18n } from '@/i18n'
import zh from '@/i18n/zh'
import ReformView from '@/views/reform/ReformView.vue'
import YoyView from '@/views/yoy/YoyView.vue'
import type { TableSpec } from '@/model/tableSpec'
import { unmark } from '@/i18n/text'
import type { Dataset } from '@/model/types'
import { seed } from './seed'
import { madeUp } from './made-up'

const PanelStub = defineComponent({
  props: {
    id: { type: String, default: '' },
    title: { type: String, default: '' },
    spec: { type: Object as PropType<TableSpec>, default: () => ({ columns: [], rows: [] }) },
    notes: { type: Array as PropType<string[]>, default: () => [] },
  },
  setup(props) {
    return () =>
      h('section', { 'data-panel': props.id }, [
        h('h2', props.title),
        ...props.spec.rows.map((r) => h('p', Object.values(r).map((v) => (v === null ? '—' : unmark(String(v)))).join(' | '))),
        ...props.notes.map((n) => h('p', { class: 'note' }, unmark(n))),
      ])
  },
})

function render(component: typeof ReformView | typeof YoyView, dataset: Dataset) {
  const pinia = createPinia()
  setActivePinia(pinia)
  return mount(component, { props: { dataset }, global: { plugins: [pinia, i18n], stubs: { ChartPanel: PanelStub } } })
}

const withoutReform = (): Dataset => ({ ...seed(), stated: seed().stated.filter((f) => f.topic !== 'reform') })

describe('reform screen', () => {
  it('seed: the staff, the three amounts moved out, the lease note', () => {
    const text = render(ReformView, seed()).text()
    for (const s of ['25 人', '36.41', '104.75', '44.11', '185.27', '市数据局', '株洲市智慧城市发展中心', '转出的二级机构', '电子政务和数据资源科', '不再保留的科室']) {
      expect(text).toContain(s)
    }
    expect(text).toContain('株洲市电子政务外网线路租赁：2024年实际划入本单位 189.35 万元，其余 4.65 万元 留用于市数据局。')
  })
  it('a report without reform figures says so, and shows no panel', () => {
    const w = render(ReformView, withoutReform())
    expect(w.find('[data-testid="reform-absent"]').text()).toBe(zh.reform.absent)
    expect(w.findAll('section')).toHaveLength(0)
  })
  it('a made-up department: its names, directions and year, nothing of the seed', () => {
    const text = render(ReformView, madeUp().dataset).text()
    for (const s of ['广播电视维护专项', '县融媒体中心', '30.20', '转入的二级机构', '县非遗保护中心', '转出的科室', '宣传科', '4 人']) expect(text).toContain(s)
    expect(text).toContain('非遗传承补助：2031年实际划入本单位 12.50 万元，其余 1.25 万元 留用于县文化馆。')
    expect(text).not.toMatch(/株洲|市数据局|线路租赁|安全服务|2024/)
  })
})

describe('yoy screen', () => {
  it('seed: the moved step and the comparable change', () => {
    const w = render(YoyView, seed())
    const bridge = w.find('[data-panel="yoyBridge"]').text()
    expect(bridge).toContain(`${zh.yoy.moved} | -185.27`)
    expect(bridge).toContain(`${zh.yoy.rest} | -196.45`)
    expect(bridge).toContain('“株洲市电子政务外网安全服务项目”')
  })
  it('without reform figures: no moved step, the whole change, and a note saying why', () => {
    const bridge = render(YoyView, withoutReform()).find('[data-panel="yoyBridge"]').text()
    expect(bridge).not.toContain(`${zh.yoy.moved} |`)
    expect(bridge).not.toContain(`${zh.yoy.rest} |`)
    expect(bridge).toContain(`${zh.yoy.change} | -381.72`)
    expect(bridge).toContain(zh.yoy.noTransfers)
  })
})
