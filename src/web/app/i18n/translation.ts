import type { en } from './en';

type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

/** The shape of one language's strings; every language must provide each English key. */
export type Translation = Strings<typeof en>;
