import type { ReactNode } from 'react';
import { useApp } from '../store/use-app';

/** A link to a delivery that opens it in the Inbox: where a send's or a played step's answer leads. */
export function InboxDeliveryLink({ id, children }: { id: number; children: ReactNode }) {
  const open = useApp((state) => state.detail.open);
  const showScreen = useApp((state) => state.shell.showScreen);
  return (
    <button
      type="button"
      className="link-button"
      onClick={() => {
        open(id);
        showScreen('inbox');
      }}
    >
      {children}
    </button>
  );
}
