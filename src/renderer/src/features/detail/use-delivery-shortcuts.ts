import { useEffect } from 'react';
import type { DeliveryDetail } from '@shared/delivery';
import { whyNotResendable } from '@shared/delivery-name';
import { matchesKey } from '@shared/key-map';
import { isTypingTarget } from '../../components/typing-target';
import { whyCoreUnavailable } from '../../store/connection-slice';
import { useApp } from '../../store/use-app';

/** R replays the open delivery, E opens it in Compose; not while typing, and not with a modifier (Ctrl+R reloads). */
export function useDeliveryShortcuts(detail: DeliveryDetail): void {
  const replay = useApp((state) => state.detail.replay);
  const editAndResend = useApp((state) => state.detail.editAndResend);
  const coreUnavailable = useApp((state) => whyCoreUnavailable(state.connection.link) !== null);

  useEffect(() => {
    // The buttons say why these cannot run.
    if (whyNotResendable(detail) || coreUnavailable) return;
    function onKeyDown(event: KeyboardEvent) {
      if (isTypingTarget(event.target)) return;
      const replays = matchesKey('replay', event);
      if (!replays && !matchesKey('edit', event)) return;
      event.preventDefault();
      void (replays ? replay(detail) : editAndResend(detail));
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [detail, replay, editAndResend, coreUnavailable]);
}
