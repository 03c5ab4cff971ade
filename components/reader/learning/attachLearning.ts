import type { TFunction } from 'i18next'
import { popupController } from '@/components/popup/popupRegistry'
import { readWordData, type WordData } from '@/components/popup/popupContent'
import type { StatusAction } from '@/lib/learning/status'
import { statusOf } from '@/lib/learning/status'
import { toStorageError } from '@/lib/storage/storageError'
import { textWordsPath } from '@/lib/learning/paths'
import type { TextWords } from '@/lib/learning/textWords'
import type { SenseInfo, WordRecord, WordStatus } from '@/lib/learning/types'
import { lemmaOfKey } from '@/lib/vocabulary/lexicon'
import type { PopupEntry } from '@/lib/vocabulary/present'
import { openLearningStore } from '@/components/storage/openLearningStore'
import { watchLearning } from '@/components/storage/watchLearning'
import { attachMarkRemainingKnown } from './markRemainingKnown'
import { germanSpeech } from './speech'
import { readAlongCommand } from '@/components/reader/readAlong/readAlongStore'
import { statusBar, statusLabels } from './statusBar'
import { translatedOnce } from '@/components/popup/translatedOnce'
import { storageMessage } from '@/components/storage/storageMessage'
import { readerToast } from './toast'
import { onWordAction } from './wordActions'
import { wordSource } from './wordSource'
import { inSlices, nextFrame } from '@/components/shared/inSlices'

export interface ReaderLearningOptions {
  root: HTMLElement
  popupId: string
  text: { slug: string; title: string }
  /** The `learning` strings, and the `storage` ones for failures, in the page's language. */
  t: TFunction<'learning'>
  storageT: TFunction<'storage'>
  /** Given for an imported text; a curated one's are fetched from its words.json. */
  words?: TextWords
  markKnown: HTMLButtonElement
  toast: HTMLElement
}

/**
 * Words marked in one slice, and one slice a frame: the seed article's 1,042 words took one
 * 38 ms task (about 150 ms at a phone's 4× slowdown), and marked in one go the frame after
 * them restyled and repainted them all (17-33 ms); a slice of 200 costs a frame 4-5 ms of
 * style and 3-4 ms of paint, well under the 50 ms a task may take at 4×.
 */
const MARK_SLICE_WORDS = 200

/** The text's words.json could not be fetched (offline before it was ever loaded). */
class WordListMissing extends Error {}

export function attachReaderLearning(options: ReaderLearningOptions): () => void {
  const { root, t, text } = options
  const popup = popupController(options.popupId)
  if (!popup) return () => {}
  const { entries, units } = popup.data
  const lemmaOfEntry = entries.map((entry) => (entry.key ? lemmaOfKey(entry.key) : undefined))
  let records = new Map<string, WordRecord>()
  let bars: { key: string; show: (status: WordStatus) => void }[] = []
  let textWords: Promise<TextWords | undefined> | undefined
  const toast = readerToast(options.toast)
  const labels = statusLabels(t)
  const cleanups: (() => void)[] = []

  const words = () => Array.from(root.querySelectorAll<HTMLElement>('.w[data-e]'))

  // Which pass of `applyMarks` is the newest: an older one stops at its next slice.
  let markingPass = 0

  /**
   * Status marks as data attributes: CSS draws them, and only when the setting is on. Marked
   * in slices with a yield between them, so that marking a long text (and the restyle it
   * causes) never blocks the page for one long task; resolves `false` when a newer pass took
   * over.
   */
  async function applyMarks(): Promise<boolean> {
    const pass = ++markingPass
    const phraseLearning = new Set(
      units.flatMap((unit, id) => {
        const key = lemmaOfEntry[unit.entry]
        const learning = unit.kind === 'phrase' && key && statusOf(records, key) === 'learning'
        return learning ? [String(id)] : []
      }),
    )
    const done = await inSlices(
      words(),
      MARK_SLICE_WORDS,
      (word) => markWord(word, phraseLearning),
      { wanted: () => pass === markingPass, pause: nextFrame },
    )
    if (!done) return false
    for (const bar of bars) bar.show(statusOf(records, bar.key))
    return true
  }

  function markWord(word: HTMLElement, phraseLearning: ReadonlySet<string>) {
    const key = lemmaOfEntry[Number(word.dataset.e)]
    const status = key ? statusOf(records, key) : undefined
    const mark = status === 'new' || status === 'learning' ? status : undefined
    if (word.dataset.s !== mark) {
      if (mark) word.dataset.s = mark
      else delete word.dataset.s
    }
    const inPhrase = word.dataset.u?.split(' ').some((id) => phraseLearning.has(id))
    if (inPhrase) word.dataset.p = 'learning'
    else delete word.dataset.p
  }

  function reportError(error: unknown) {
    if (error instanceof WordListMissing) return toast.show(t('reader.wordListMissing'))
    const problem = toStorageError(error)
    toast.show(storageMessage(problem, options.storageT))
  }

  function loadTextWords() {
    if (options.words) return Promise.resolve(options.words)
    textWords ??= fetch(textWordsPath(text.slug))
      .then((response) => (response.ok ? (response.json() as Promise<TextWords>) : undefined))
      .catch(() => undefined)
      .then((words) => {
        // A failed fetch is tried again on the next save.
        if (!words) textWords = undefined
        return words
      })
    return textWords
  }

  /** The sense with its gloss in every language, from the text's words.json. */
  async function senseOf(entry: PopupEntry & { key: string }): Promise<SenseInfo> {
    const sense = (await loadTextWords())?.senses[entry.key]
    if (!sense) throw new WordListMissing()
    return sense
  }

  async function act(
    action: StatusAction,
    entry: PopupEntry & { key: string },
    forms: HTMLElement[],
  ) {
    try {
      const store = await openLearningStore()
      const key = lemmaOfKey(entry.key)
      const sense = await senseOf(entry)
      const next = await store.act(action, {
        key,
        sense,
        source: wordSource(root, forms, text),
      })
      const status = next?.status ?? 'new'
      toast.show(t('reader.statusOf', { word: entry.headword, status: t(`status.${status}`) }))
    } catch (error) {
      reportError(error)
    }
  }

  /** The words a status action saves as forms: the word, its separable partner, its phrase. */
  function formsOf(word: HTMLElement, info: WordData, unit?: number): HTMLElement[] {
    const ids =
      unit === undefined ? info.units.filter((id) => units[id]!.kind === 'separable') : [unit]
    if (ids.length === 0) return [word]
    // Only those shown: the sentence view copies the words of the rows it hides.
    return Array.from(
      root.querySelectorAll<HTMLElement>(ids.map((id) => `.w[data-u~="${id}"]`).join(',')),
    ).filter((form) => form === word || form.getClientRects().length > 0)
  }

  function barFor(entryIndex: number, word: HTMLElement, info: WordData, unit?: number) {
    const entry = entries[entryIndex]
    if (!entry?.key) return undefined
    const withKey = entry as PopupEntry & { key: string }
    const key = lemmaOfKey(entry.key)
    const bar = statusBar(entry.headword, labels, (action) => {
      void act(action, withKey, formsOf(word, info, unit))
    })
    bar.show(statusOf(records, key))
    bars.push({ key, show: bar.show })
    return bar.element
  }

  // Fetched now, while idle, so that saving a word does not wait for the network.
  void loadTextWords()
  const speech = germanSpeech()

  const listenLabel = t('reader.listen')
  const listenTo = translatedOnce((values) => t('reader.listenTo', values), ['word'])
  const removeExtension = popup.extend({
    sections(word, info) {
      bars = []
      const phraseBars = info.units
        .filter((id) => units[id]!.kind === 'phrase')
        .map((id) => barFor(units[id]!.entry, word, info, id))
      return [...phraseBars, barFor(info.entry, word, info)].filter(
        (bar): bar is HTMLElement => bar !== undefined,
      )
    },
    actions(_word, info) {
      const entry = entries[info.entry]
      if (!entry || !speech.available()) return []
      const button = document.createElement('button')
      button.type = 'button'
      button.textContent = listenLabel
      button.setAttribute('aria-label', listenTo({ word: entry.headword }))
      button.addEventListener('click', () => speech.speak(entry.headword))
      return [button]
    },
  })
  cleanups.push(removeExtension)

  cleanups.push(
    onWordAction((action) => {
      const word = popup.current()
      const info = word && readWordData(word)
      const entry = info && entries[info.entry]
      if (!word || !info || !entry?.key) return
      void act(
        action === 'ignore' ? 'ignore' : action,
        entry as PopupEntry & { key: string },
        formsOf(word, info),
      )
    }),
  )

  // Speaker buttons of the blocks are in the HTML, hidden until a German voice is there.
  const showSpeakers = () => {
    for (const button of root.querySelectorAll<HTMLButtonElement>('.speak-block')) {
      button.hidden = !speech.available()
    }
  }
  showSpeakers()
  cleanups.push(speech.onChange(showSpeakers), () => speech.silence())
  // A block's speaker reads it along, sentence by sentence.
  const onSpeakClick = (event: MouseEvent) => {
    const button = (event.target as Element).closest('.speak-block')
    const block = button?.closest<HTMLElement>('.block.de[data-pair]')
    if (block) readAlongCommand({ type: 'playBlock', pair: Number(block.dataset.pair) })
  }
  root.addEventListener('click', onSpeakClick)
  cleanups.push(() => root.removeEventListener('click', onSpeakClick))

  cleanups.push(
    attachMarkRemainingKnown({
      button: options.markKnown,
      words,
      entries,
      isNew: (key) => statusOf(records, key) === 'new',
      senseOf,
      t,
      toast,
      reportError,
    }),
  )

  cleanups.push(
    watchLearning(({ words }) => {
      records = words
      void applyMarks().then((done) => {
        if (done) root.dataset.statusReady = 'true'
      })
    }, reportError),
  )

  return () => {
    markingPass++
    for (const cleanup of cleanups.splice(0)) cleanup()
    toast.dispose()
    delete root.dataset.statusReady
  }
}
