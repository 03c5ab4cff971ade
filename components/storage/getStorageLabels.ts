import 'server-only'
import { getT } from '@/i18n/server'
import type { StorageLabels } from './storageMessage'

export async function getStorageLabels(): Promise<StorageLabels> {
  const { t } = await getT('learning')
  return {
    unavailable: t('storage.unavailable'),
    unreadableOne: t('storage.unreadable_one'),
    unreadableOther: t('storage.unreadable_other'),
    exportRaw: t('storage.exportRaw'),
    quota: t('storage.quota'),
    failed: t('storage.failed'),
  }
}
