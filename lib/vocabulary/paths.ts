/** Where a curated text's popup data is served (app/texts/[slug]/[lng]/popup.json). */
export const textPopupDataPath = (slug: string, lng: string) =>
  `/texts/${encodeURIComponent(slug)}/${lng}/popup.json`
