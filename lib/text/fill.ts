/** Fills `{{name}}` placeholders of an interface string; unknown names are left as written. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/gu, (match, name: string) => values[name] ?? match)
}
