import { describe, expect, test, vi } from 'vitest';
import { listenCommands } from '@/entrypoints/background/commands';

function wired() {
  let listener: ((command: string, tab?: { windowId?: number }) => void) | undefined;
  const apis = {
    onCommand: { addListener: (l: typeof listener) => (listener = l) },
    openPanel: vi.fn(async () => undefined),
    tellPanel: vi.fn(async () => undefined),
  };
  listenCommands(apis);
  return { apis, press: (command: string, windowId?: number) => listener!(command, { windowId }) };
}

describe('keyboard shortcuts', () => {
  test('"open-panel" opens the side panel in the window it was pressed in', () => {
    const { apis, press } = wired();
    press('open-panel', 3);
    expect(apis.openPanel).toHaveBeenCalledWith(3);
    expect(apis.tellPanel).not.toHaveBeenCalled();
  });

  test.each(['next-unanswered', 'insert-reply'])('"%s" is passed on to the side panel', (command) => {
    const { apis, press } = wired();
    press(command, 3);
    expect(apis.tellPanel).toHaveBeenCalledWith(command);
    expect(apis.openPanel).not.toHaveBeenCalled();
  });

  test('an unknown command does nothing', () => {
    const { apis, press } = wired();
    press('something-else', 3);
    expect(apis.tellPanel).not.toHaveBeenCalled();
    expect(apis.openPanel).not.toHaveBeenCalled();
  });
});
