import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import type {
  SavedView,
  SavedViewColumn,
  SavedViewDefinition,
} from '../../../../shared/contracts/saved-views';
import type { FilterNode } from '../../../../shared/filter/filter';
import { linkedSelection } from '../state/linked-selection';
import { defaultDefinition, defaultPageSize } from '../state/table-definition';

/** A view definition whose filter is known to be a filter tree (the server checked it). */
export type TableDefinition = Omit<SavedViewDefinition, 'filter'> & { filter?: FilterNode };

const layoutKey = 'kehu.customerTable.layout';

/** Columns and page size of the unnamed default view, remembered in this browser. */
const loadLayout = (): SavedViewDefinition => {
  const fallback = defaultDefinition();
  try {
    const stored = JSON.parse(
      localStorage.getItem(layoutKey) ?? 'null',
    ) as Partial<SavedViewDefinition> | null;
    if (!stored || !Array.isArray(stored.columns) || stored.columns.length === 0) return fallback;
    return { ...fallback, columns: stored.columns, pageSize: stored.pageSize ?? defaultPageSize };
  } catch {
    return fallback;
  }
};

/**
 * Everything the customer table shows: the view and segment (in the URL, so links open the table
 * on them), the columns, sort, filter and search (the "draft", compared with the saved view to
 * spot unsaved changes), the recycle-bin switch and the keyset cursor stack for paging.
 */
export const useTableState = (views: SavedView[] | undefined) => {
  const [params, setParams] = useSearchParams();
  const viewId = params.get('view') ?? undefined;
  const segmentId = params.get('segment') ?? undefined;
  // A link may open the table on a filter and sort (the analytics dashboard's click-through).
  const [draft, setDraft] = useState<SavedViewDefinition>(() => ({
    ...loadLayout(),
    ...linkedSelection(params),
  }));
  const [deleted, setDeletedState] = useState(false);
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const activeView = views?.find((v) => v.id === viewId);

  const setParam = useCallback(
    (changes: Record<string, string | undefined>) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [key, value] of Object.entries(changes)) {
            if (value) next.set(key, value);
            else next.delete(key);
          }
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );

  // A view is applied once when it is opened (also from a link); later edits stay the user's draft.
  const applied = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (!activeView || applied.current === activeView.id) return;
    applied.current = activeView.id;
    setDraft({ ...defaultDefinition(), ...activeView.definition });
    setCursors([null]);
    if (activeView.definition.segmentId !== segmentId) setParam({ segment: activeView.definition.segmentId });
  }, [activeView, segmentId, setParam]);

  useEffect(() => {
    if (viewId) return;
    localStorage.setItem(layoutKey, JSON.stringify({ columns: draft.columns, pageSize: draft.pageSize }));
  }, [viewId, draft.columns, draft.pageSize]);

  const update = useCallback((patch: Partial<SavedViewDefinition>, resetPaging = true) => {
    setDraft((d) => ({ ...d, ...patch }));
    if (resetPaging) setCursors([null]);
  }, []);

  const definition = useMemo<TableDefinition>(
    () => ({ ...draft, filter: draft.filter as FilterNode | undefined, segmentId }),
    [draft, segmentId],
  );

  return {
    viewId,
    activeView,
    definition,
    deleted,
    cursor: cursors[cursors.length - 1] ?? null,
    page: cursors.length,
    selectView: (id: string | undefined) => {
      applied.current = undefined;
      if (!id) {
        setDraft(loadLayout());
        setCursors([null]);
        setParam({ view: undefined, segment: undefined, filter: undefined, sort: undefined });
        return;
      }
      setParam({ view: id });
    },
    /** After "save as": the new view is already what the draft shows. */
    adoptView: (view: SavedView) => {
      applied.current = view.id;
      setParam({ view: view.id });
    },
    setColumns: (columns: SavedViewColumn[]) => update({ columns }, false),
    setSort: (sort: string) => {
      update({ sort });
      setParam({ sort: undefined });
    },
    setFilter: (filter: FilterNode | undefined) => {
      update({ filter });
      setParam({ filter: undefined });
    },
    setQ: (q: string) => update({ q: q || undefined }),
    setPageSize: (pageSize: number) => update({ pageSize }),
    setSegment: (id: string | undefined) => {
      setParam({ segment: id });
      setCursors([null]);
    },
    setDeleted: (value: boolean) => {
      setDeletedState(value);
      setCursors([null]);
    },
    nextPage: (cursor: string) => setCursors((c) => [...c, cursor]),
    previousPage: () => setCursors((c) => (c.length > 1 ? c.slice(0, -1) : c)),
  };
};

export type TableState = ReturnType<typeof useTableState>;
