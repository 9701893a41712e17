import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { router } from './router'
import { followLocale } from './router/locale'
import { i18n } from './i18n'
import './styles/base.css'

const app = createApp(App)
app.use(createPinia())
app.use(router)
app.use(i18n)
followLocale(i18n.global)
app.mount('#app')
