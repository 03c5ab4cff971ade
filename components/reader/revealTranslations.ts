/** Uncovers hidden English blocks: one when `block` is given, else all of them. */
export function revealTranslations(block?: HTMLElement) {
  const blocks = block ? [block] : document.querySelectorAll<HTMLElement>('.block.en')
  for (const element of blocks) {
    element.dataset.revealed = 'true'
    element.querySelector('.reveal')?.setAttribute('aria-expanded', 'true')
  }
}
