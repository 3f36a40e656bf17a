import { browser } from '#imports';
import { sendMessage } from '@/utils/messaging/messenger';
import { PANEL_COMMANDS, type PanelCommand } from '@/utils/messaging/protocol';

/**
 * Keyboard shortcuts (manifest `commands`): one opens the side panel, the others are the side
 * panel's own actions, passed on to it.
 */
export function listenCommands(): void {
  browser.commands?.onCommand.addListener((command, tab) => {
    if (command === 'open-panel') {
      if (tab?.windowId !== undefined)
        browser.sidePanel?.open({ windowId: tab.windowId }).catch(() => undefined);
      return;
    }
    if ((PANEL_COMMANDS as readonly string[]).includes(command)) {
      sendMessage('panelCommand', { command: command as PanelCommand }).catch(() => undefined);
    }
  });
}
