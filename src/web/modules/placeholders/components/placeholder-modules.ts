/** Modules that are still being built; each has a placeholder page and strings under `modules.<key>`. */
export const placeholderModules = ['funnel', 'activities', 'feedback', 'surveys'] as const;

export type PlaceholderModule = (typeof placeholderModules)[number];
