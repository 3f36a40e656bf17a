import { browser } from '#imports';
import { sendMessage } from '@/utils/messaging/messenger';
import { PANEL_COMMANDS, type PanelCommand } from '@/utils/messaging/protocol';

/** The parts of the extension API the shortcuts use, so a test can hand in its own. */
export interface CommandApis {
  onCommand?: { addListener(listener: (command: string, tab?: { windowId?: number }) => void): void };
  openPanel?: (windowId: number) => Promise<void>;
  tellPanel: (command: PanelCommand) => Promise<void>;
}

const chromeApis = (): CommandApis => ({
  onCommand: browser.commands?.onCommand,
  openPanel: browser.sidePanel ? (windowId) => browser.sidePanel.open({ windowId }) : undefined,
  tellPanel: (command) => sendMessage('panelCommand', { command }),
});

/**
 * Keyboard shortcuts (manifest `commands`): one opens the side panel, the others are the side
 * panel's own actions, passed on to it.
 */
export function listenCommands(apis: CommandApis = chromeApis()): void {
  apis.onCommand?.addListener((command, tab) => {
    if (command === 'open-panel') {
      if (tab?.windowId !== undefined) apis.openPanel?.(tab.windowId).catch(() => undefined);
      return;
    }
    // No open panel means no receiver: the shortcut then does nothing, which is right.
    if ((PANEL_COMMANDS as readonly string[]).includes(command)) {
      apis.tellPanel(command as PanelCommand).catch(() => undefined);
    }
  });
}
