import { zhCN, type Messages } from './zh-CN';

// Dot paths to every string leaf, e.g. 'login.title' | 'home.sections.overdue.empty'.
type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string
    ? `${P}${K}`
    : T[K] extends readonly string[]
      ? never
      : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

export type MessageKey = Leaves<Messages>;
export type MessageParams = Record<string, string | number>;

const languages = { 'zh-CN': zhCN } satisfies Record<string, Messages>;
export type Language = keyof typeof languages;

let current: Messages = languages['zh-CN'];
export const htmlLang = 'zh-CN';

export function setLanguage(lang: Language): void {
  current = languages[lang];
}

export function lookup(messages: Messages, key: string): unknown {
  let node: unknown = messages;
  for (const part of key.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

export function interpolate(template: string, params?: MessageParams): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** The text for a key in the current language, with {placeholders} filled. */
export function t(key: MessageKey, params?: MessageParams): string {
  const value = lookup(current, key);
  // A missing key is a bug the completeness test catches; show the key rather than nothing.
  return typeof value === 'string' ? interpolate(value, params) : key;
}

/** Non-string entries (lists such as weekday names). */
export function messages(): Messages {
  return current;
}

/** For codes that come from the server: returns undefined instead of the key when unknown. */
export function tryT(key: string, params?: MessageParams): string | undefined {
  const value = lookup(current, key);
  return typeof value === 'string' ? interpolate(value, params) : undefined;
}
