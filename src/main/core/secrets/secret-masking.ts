/** Each form a secret may take in a URL, a form, a query or a JSON body, longest first, each with its mask. */
export function secretForms(secrets: readonly string[], mask: (secret: string) => string): Array<[form: string, mask: string]> {
  const forms = new Map<string, string>();
  for (const secret of secrets.filter(Boolean)) {
    for (const form of [secret, encodeURIComponent(secret), new URLSearchParams({ s: secret }).toString().slice(2), JSON.stringify(secret).slice(1, -1)]) {
      if (form && !forms.has(form)) forms.set(form, mask(secret));
    }
  }
  return [...forms].sort(([a], [b]) => b.length - a.length);
}

export type SecretMask = (text: string) => string;

/** A function that replaces every known secret, in each of its forms, in a text. */
export function secretMask(secrets: readonly string[], mask: (secret: string) => string): SecretMask {
  const forms = secretForms(secrets, mask);
  return (text) => forms.reduce((masked, [form, replacement]) => masked.split(form).join(replacement), text);
}
