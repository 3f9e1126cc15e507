import { useEffect } from 'react';

/** Sets the browser tab title to "<title> · Kehu 客户". */
export const useDocumentTitle = (title: string | undefined): void => {
  useEffect(() => {
    document.title = title ? `${title} · Kehu 客户` : 'Kehu 客户';
  }, [title]);
};
