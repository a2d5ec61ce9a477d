// Every string the interface shows lives under i18n/: the shell's in zh-CN/core.ts, each feature's in
// zh-CN/<Feature>.ts (a group named after the feature, plus its nav labels), merged here.
// Placeholders are written {name}; t() fills them. A new language is one more dictionary typed as Messages.
import { core } from './zh-CN/core';

export const zhCN = {
  ...core,
  nav: {
    ...core.nav,
  },
} as const;

/** The shape every language file must have: same keys, any strings. */
export type Messages = Widen<typeof zhCN>;

type Widen<T> = T extends string
  ? string
  : T extends readonly string[]
    ? readonly string[]
    : { readonly [K in keyof T]: Widen<T[K]> };
