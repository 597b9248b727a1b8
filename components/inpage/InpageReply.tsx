/** Badge and panel of one reply, rendered into that reply's shadow root. */
import { useRef, useState } from 'preact/hooks';
import { FindingsPanel } from './FindingsPanel';
import { ReplyBadge } from './ReplyBadge';
import type { ReplyActions, ReplyView } from './types';

export interface InpageReplyProps {
  idPrefix: string;
  view: ReplyView;
  actions: ReplyActions;
  /** Told when the panel opens or closes, so the host can make room for it. */
  onOpenChange?(open: boolean): void;
}

export function InpageReply({ idPrefix, view, actions, onOpenChange }: InpageReplyProps) {
  const [open, setOpen] = useState(false);
  const badge = useRef<HTMLButtonElement>(null);
  const panelId = `${idPrefix}-panel`;
  const setOpenState = (next: boolean) => {
    setOpen(next);
    onOpenChange?.(next);
  };
  return (
    <div class="sl-reply">
      <ReplyBadge findings={view.findings} pending={view.pending} unsaved={view.unsaved !== undefined} open={open && !view.pending} panelId={panelId} buttonRef={badge} onToggle={() => setOpenState(!open)} />
      {open && !view.pending ? (
        <FindingsPanel
          id={panelId}
          view={view}
          actions={actions}
          onClose={() => {
            setOpenState(false);
            badge.current?.focus();
          }}
        />
      ) : null}
    </div>
  );
}
