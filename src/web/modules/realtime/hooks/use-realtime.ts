import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { ChangeEventSchema } from '../../../../shared/contracts/events';
import { queryKeysForEvent } from './event-query-keys';

export type RealtimeStatus = 'connecting' | 'open' | 'closed';

const maxDelay = 30_000;

/**
 * Listens to /api/v1/events and refetches whatever a change touches. EventSource reconnects by
 * itself after a dropped connection; when the server refuses (e.g. while restarting) we retry with
 * backoff, and after any gap refetch everything, since events may have been missed.
 */
export const useRealtime = (myUserId: string | null): RealtimeStatus => {
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<RealtimeStatus>('connecting');
  const [generation, setGeneration] = useState(0);
  const failures = useRef(0);

  useEffect(() => {
    if (!myUserId || typeof EventSource === 'undefined') return;
    const source = new EventSource('/api/v1/events');
    let retryTimer: ReturnType<typeof setTimeout> | undefined;
    let interrupted = false;

    const onChange = (message: MessageEvent<string>) => {
      let payload: unknown;
      try {
        payload = JSON.parse(message.data);
      } catch {
        return;
      }
      const event = ChangeEventSchema.safeParse(payload);
      if (!event.success) return;
      for (const queryKey of queryKeysForEvent(event.data, myUserId)) {
        void queryClient.invalidateQueries({ queryKey });
      }
    };

    source.onopen = () => {
      if (interrupted || failures.current > 0) void queryClient.invalidateQueries();
      interrupted = false;
      failures.current = 0;
      setStatus('open');
    };
    source.onerror = () => {
      interrupted = true;
      if (source.readyState !== EventSource.CLOSED) {
        setStatus('connecting');
        return;
      }
      setStatus('closed');
      failures.current += 1;
      retryTimer = setTimeout(
        () => setGeneration((n) => n + 1),
        Math.min(maxDelay, 1000 * 2 ** failures.current),
      );
    };
    source.addEventListener('message', onChange);
    source.addEventListener('change', onChange);

    return () => {
      clearTimeout(retryTimer);
      source.close();
    };
  }, [myUserId, generation, queryClient]);

  return status;
};
