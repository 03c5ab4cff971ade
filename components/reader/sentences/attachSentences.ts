import { linkOfGerman } from '@/lib/alignment/sentencePairs'
import { WORD, WORDS_CHANGED, wordAt } from '@/components/popup/wordSpans'
import { afterThisFrame } from '@/components/shared/afterThisFrame'
import { clearHighlights, showHighlight } from './highlights'
import { popupRegistered } from '@/components/popup/popupRegistry'
import { readerSentences, type ReaderSentences } from './readerSentences'
import { rangesOf, sentenceOfWord } from './sentenceRanges'
import { SENTENCE_LINK, SENTENCE_VIEW, buildSentenceView, keepTabStop } from './sentenceView'

export interface SentencesHandle {
  sentences: ReaderSentences
  /** True while the sentence-by-sentence view is shown (and built). */
  inView(): boolean
  /** Highlights a German sentence being read and its English counterpart; none: clears. */
  showReading(item: { pair: number; sentence: number } | undefined): Range | undefined
  /** The first block pair on screen, in the view shown. */
  firstPairInView(): number | undefined
  detach(): void
}

const VIEW_MODE = 'sentences'

/**
 * The reader's sentences: the highlight of a word's sentence and its counterpart on hover
 * and focus, and the sentence-by-sentence view, built while that view mode is chosen.
 */
export function attachSentences(root: HTMLElement): SentencesHandle {
  const sentences = readerSentences(root)
  const container = root.querySelector<HTMLElement>(SENTENCE_VIEW)
  const rows = root.querySelector<HTMLElement>('#reader-text')
  const attached = new AbortController()
  const { signal } = attached
  const inView = () => root.dataset.sentenceView === 'shown'

  let shown: HTMLElement | undefined
  let shownBy: 'pointer' | 'focus' | undefined
  function highlightWord(word: HTMLElement | undefined, by: 'pointer' | 'focus') {
    // A sentence the keyboard reached stays while the pointer wanders off the words.
    if (!word && by === 'pointer' && shownBy === 'focus') return
    shownBy = word ? by : undefined
    if (word === shown) return
    shown = word
    const sentence = word && sentenceOfWord(sentences, word)
    if (!sentence) return clearHighlights('sentence-de', 'sentence-en')
    const ranges = rangesOf(root, sentence.found, sentence.spot, inView())
    showHighlight('sentence-de', ranges.de)
    showHighlight('sentence-en', ranges.en)
  }
  const inPopup = (target: EventTarget | null) =>
    target instanceof Element && target.closest('.word-popup') !== null

  // A hover or focus opens the word's popup in the frame after it; the sentence's highlight
  // follows in the frame after that, so that finding its ranges and painting them in both
  // columns does not hold the popup back.
  const highlightLater = afterThisFrame(signal)

  root.addEventListener(
    'pointerover',
    (event) => {
      // Over the popup the reader is still on its word.
      if (inPopup(event.target)) return
      const word = wordAt(root, event.target)
      highlightLater(() => highlightWord(word, 'pointer'))
    },
    { signal },
  )
  root.addEventListener(
    'pointerleave',
    () => highlightLater(() => highlightWord(undefined, 'pointer')),
    { signal },
  )
  root.addEventListener(
    'focusin',
    (event) => {
      const word = wordAt(root, event.target)
      if (word) highlightLater(() => highlightWord(word, 'focus'))
    },
    { signal },
  )
  root.addEventListener(
    'focusout',
    (event) => {
      const to = event.relatedTarget
      if (wordAt(root, to) || inPopup(to)) return
      highlightLater(() => {
        if (shownBy !== 'focus') return
        shownBy = undefined
        highlightWord(undefined, 'pointer')
      })
    },
    { signal },
  )

  // The sentence view: built when its mode is chosen, again when the rows change (an
  // imported text's words arrive, a book turns a chapter, a curated page's words get their
  // data), emptied when another mode is chosen.
  let frame = 0
  function showView() {
    cancelAnimationFrame(frame)
    frame = 0
    if (!container) return
    // A text without a translation shows its German alone, whatever the view setting.
    const wanted =
      document.documentElement.dataset.view === VIEW_MODE &&
      rows?.querySelector('.block.en') !== null
    if (wanted) {
      buildSentenceView(container, sentences)
      root.dataset.sentenceView = 'shown'
      keepTabStop(root, SENTENCE_VIEW)
    } else if (inView()) {
      delete root.dataset.sentenceView
      container.replaceChildren()
      keepTabStop(root, '#reader-text')
    } else return
    shown = shownBy = undefined
    clearHighlights('sentence-de', 'sentence-en')
    root.dispatchEvent(new Event(WORDS_CHANGED))
  }
  const later = () => {
    if (document.documentElement.dataset.view === VIEW_MODE || inView())
      frame ||= requestAnimationFrame(showView)
  }
  const viewMode = new MutationObserver(later)
  viewMode.observe(document.documentElement, { attributes: true, attributeFilter: ['data-view'] })
  const rowChanges = new MutationObserver(() => {
    if (inView()) later()
  })
  if (rows)
    rowChanges.observe(rows, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['data-e', 'data-m', 'data-u'],
    })
  showView()
  alignWhenIdle(root, sentences, signal)
  // The code arrives after the hover or focus that asked for it: that word shows at once.
  const focused = wordAt(root, document.activeElement)
  if (focused) highlightWord(focused, 'focus')
  else highlightWord(root.querySelector<HTMLElement>(`${WORD}:hover`) ?? undefined, 'pointer')

  return {
    sentences,
    inView,
    showReading(item) {
      const found = item && sentences.of(item.pair)
      const link = found && linkOfGerman(found.pairing, item.sentence)
      if (!found || link === undefined) {
        clearHighlights('reading-de', 'reading-en')
        return undefined
      }
      const ranges = rangesOf(root, found, { ...item, link }, inView())
      showHighlight('reading-de', ranges.de)
      showHighlight('reading-en', ranges.en)
      return ranges.de[0]
    },
    firstPairInView() {
      const rows = root.querySelectorAll<HTMLElement>(
        inView() ? `${SENTENCE_VIEW} ${SENTENCE_LINK}` : '#reader-text .block.de[data-pair]',
      )
      const first = Array.from(rows).find((row) => row.getBoundingClientRect().bottom > 0)
      return first ? Number(first.dataset.pair) : undefined
    },
    detach() {
      attached.abort()
      viewMode.disconnect()
      rowChanges.disconnect()
      cancelAnimationFrame(frame)
      clearHighlights('sentence-de', 'sentence-en', 'reading-de', 'reading-en')
      container?.replaceChildren()
      delete root.dataset.sentenceView
    },
  }
}

// Below this much of an idle period left, the next pair waits for another one.
const IDLE_MARGIN_MS = 3

/**
 * Aligns every block pair's sentences while the browser is idle, a pair at a time, once the
 * popup's data (the aligner's anchors) is there: a block's first hover otherwise aligned its
 * sentences in the hover's own task (1–3 ms, on the way to the popup's frame).
 */
function alignWhenIdle(root: HTMLElement, sentences: ReaderSentences, signal: AbortSignal) {
  const popupId = root.querySelector('.word-popup')?.id
  if (!popupId || typeof requestIdleCallback !== 'function') return
  void popupRegistered(popupId).then(() => {
    const pairs = sentences.pairs()
    let next = 0
    const align = (deadline: IdleDeadline) => {
      if (signal.aborted) return
      while (next < pairs.length && deadline.timeRemaining() > IDLE_MARGIN_MS)
        sentences.of(pairs[next++]!)
      if (next < pairs.length) requestIdleCallback(align)
    }
    requestIdleCallback(align)
  })
}
