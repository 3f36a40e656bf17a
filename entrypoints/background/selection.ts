import type { CommentSelection } from '@/utils/messaging/protocol';

/** The comment last chosen for replying; the background tells open side panels when it changes. */
export interface SelectionStore {
  select(selection: CommentSelection): void;
  current(): CommentSelection | null;
}

export function memorySelection(onSelect: (s: CommentSelection) => void = () => undefined): SelectionStore {
  let last: CommentSelection | null = null;
  return {
    select(s) {
      last = s;
      onSelect(s);
    },
    current: () => last,
  };
}
