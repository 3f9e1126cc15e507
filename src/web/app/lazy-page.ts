import { lazy, type ComponentType } from 'react';

/** React.lazy for our named exports: each page becomes its own chunk, loaded on first visit. */
export const lazyPage = <P extends object, K extends string>(
  load: () => Promise<Record<K, ComponentType<P>>>,
  name: K,
) => lazy(async () => ({ default: (await load())[name] }));
