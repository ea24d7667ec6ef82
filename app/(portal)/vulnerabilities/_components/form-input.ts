/** Form fields → the services' input shapes (shared by the browser check and the server action). Empty optional fields are left out. */
function text(form: FormData, key: string): string {
  const value = form.get(key);
  return typeof value === 'string' ? value.trim() : '';
}

export function reportInputOf(form: FormData) {
  const score = text(form, 'cvssScore');
  return {
    productVersionId: text(form, 'productVersionId'),
    cve: text(form, 'cve') || undefined,
    cvssScore: score === '' ? undefined : Number(score),
    title: text(form, 'title'),
    description: text(form, 'description'),
  };
}

export function responseInputOf(form: FormData) {
  const status = text(form, 'status');
  return {
    status,
    fixedInVersion: status === 'fixed' ? text(form, 'fixedInVersion') || undefined : undefined,
    response: text(form, 'response'),
  };
}
