// Loads a list from the admin API, with its error, and reloads it after a change.
import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../../net/api-fetch';

export interface AdminList<T> {
  items: T[] | null;
  error: string | null;
  reload: () => void;
}

export function useAdminList<T>(load: () => Promise<T[]>): AdminList<T> {
  const [items, setItems] = useState<T[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let live = true;
    load()
      .then((list) => {
        if (!live) return;
        setItems(list);
        setError(null);
      })
      .catch((failure: unknown) => live && setError(reasonOf(failure)));
    return () => {
      live = false;
    };
  }, [load, version]);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { items, error, reload };
}

/** A failure as one line for the screen: the server's reason (and the field at fault). */
export function reasonOf(failure: unknown): string {
  if (failure instanceof ApiError)
    return failure.field ? `${failure.reason} (${failure.field})` : failure.reason || failure.code;
  return String(failure);
}
