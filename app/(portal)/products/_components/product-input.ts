import { formText, optionalText } from '@/app/_components/forms/form-data';

/** The create-product form as the shared zod schema expects it (used in the browser and the action). */
export function productInputOf(form: FormData) {
  return {
    name: formText(form, 'name'),
    model: optionalText(form, 'model'),
    networkFunction: formText(form, 'networkFunction'),
    isVirtualized: form.get('isVirtualized') === 'on',
    description: optionalText(form, 'description'),
  };
}

/** The add-version form as the shared zod schema expects it. */
export function versionInputOf(form: FormData) {
  return { version: formText(form, 'version'), releasedAt: optionalText(form, 'releasedAt') };
}
