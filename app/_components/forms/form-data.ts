/** A text field from a form, trimmed; missing or non-text entries read as ''. */
export function formText(form: FormData, key: string): string {
  const value = form.get(key);
  return typeof value === 'string' ? value.trim() : '';
}

/** Like formText, but an empty field is left out (optional schema fields). */
export function optionalText(form: FormData, key: string): string | undefined {
  return formText(form, key) || undefined;
}
