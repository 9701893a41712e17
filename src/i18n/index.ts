import { createI18n } from 'vue-i18n'
import zh from './zh'
import en from './en'

export type MessageSchema = typeof zh

export const i18n = createI18n({
  legacy: false,
  locale: 'zh-CN',
  fallbackLocale: 'zh-CN',
  messages: { 'zh-CN': zh, en },
})
