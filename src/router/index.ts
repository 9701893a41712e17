/**
 * Hash-history router: deployable as static files on any portal, no server rewrites.
 * URL: #/<dataset>/<screen>?path=201.20102&tables=drill&unit=元&lang=en&embed=1
 */
import { createMemoryHistory, createRouter, createWebHashHistory } from 'vue-router'
import { SCREENS, type Screen } from './viewState'
import { SCREEN_COMPONENTS, loadScreenCode } from '@/views/screens'

const DatasetView = () => import('@/views/DatasetView.vue')
const HomeView = () => import('@/views/HomeView.vue')

export const router = createRouter({
  // outside a browser (unit tests, Node) the same routes run on an in-memory history
  history: typeof window === 'undefined' ? createMemoryHistory() : createWebHashHistory(),
  routes: [
    { path: '/', name: 'home', component: HomeView },
    { path: `/:dataset/:screen(${SCREENS.join('|')})`, name: 'screen', component: DatasetView },
    { path: '/:dataset', redirect: (to) => ({ name: 'screen', params: { dataset: String(to.params.dataset), screen: 'overview' }, query: to.query }) },
    { path: '/:pathMatch(.*)*', redirect: '/' },
  ],
  // a link that marks a row (focus=…) is scrolled to that row by composables/useLanding.ts, not to the top; the first
  // navigation opens at the top already (no scroll, no forced layout while the app starts)
  scrollBehavior: (to, from) => (to.query.focus || from.matched.length === 0 ? false : { top: 0 }),
})

/**
 * A screen's code starts downloading when the navigation to it starts, beside the dataset shell's (DatasetView)
 * instead of after that shell has arrived and run: one round trip fewer before the screen draws.
 */
router.beforeEach((to) => {
  void loadScreenCode(SCREEN_COMPONENTS[to.params.screen as Screen])?.catch(() => {
    // DatasetView loads it again and says what failed
  })
})

