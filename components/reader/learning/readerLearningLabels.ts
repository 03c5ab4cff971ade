import 'server-only'
import { getT } from '@/i18n/server'
import { getStorageLabels } from '@/components/storage/getStorageLabels'
import type { ReaderLearningLabels } from './attachLearning'
import { wordStatuses, type WordStatus } from '@/lib/learning/types'

/** The learning module's strings in the interface language, sent once with the page. */
export async function getReaderLearningLabels(): Promise<ReaderLearningLabels> {
  const { t } = await getT('learning')
  return {
    status: Object.fromEntries(
      wordStatuses.map((status) => [status, t(`status.${status}`)]),
    ) as Record<WordStatus, string>,
    save: t('reader.save'),
    known: t('reader.known'),
    ignore: t('reader.ignore'),
    statusGroup: t('reader.statusGroup'),
    statusOf: t('reader.statusOf'),
    listen: t('reader.listen'),
    listenTo: t('reader.listenTo'),
    listenBlock: t('reader.listenBlock'),
    markAllKnown: t('reader.markAllKnown'),
    markedKnownOne: t('reader.markedKnown_one'),
    markedKnownOther: t('reader.markedKnown_other'),
    nothingNew: t('reader.nothingNew'),
    undo: t('reader.undo'),
    undone: t('reader.undone'),
    wordListMissing: t('reader.wordListMissing'),
    storage: await getStorageLabels(),
  }
}
