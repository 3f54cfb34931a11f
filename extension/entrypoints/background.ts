import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';

const MENU_ID = 'granska';

/** What the side panel should check when it opens or is already open: stored in session storage. */
export interface PendingRequest {
  what: 'page' | 'selection';
  tabId: number;
  text?: string;
  at: number;
}

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({
      id: MENU_ID,
      title: 'Granska med Samverkanskollen',
      contexts: ['selection', 'page'],
    });
  });

  const chromeSidePanel = (
    browser as unknown as { sidePanel?: { setPanelBehavior(o: object): Promise<void> } }
  ).sidePanel;
  chromeSidePanel?.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => {});

  const sidebar = (
    browser as unknown as { sidebarAction?: { open(): Promise<void>; toggle(): Promise<void> } }
  ).sidebarAction;
  if (sidebar) browser.action.onClicked.addListener(() => void sidebar.toggle());

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_ID || tab?.id === undefined) return;
    // Open first, synchronously in the click's user gesture; the panel then picks the request up.
    if (sidebar) void sidebar.open();
    else
      void (
        browser as unknown as { sidePanel: { open(o: { windowId: number }): Promise<void> } }
      ).sidePanel.open({ windowId: tab.windowId });
    const pending: PendingRequest = {
      what: info.selectionText ? 'selection' : 'page',
      tabId: tab.id,
      text: info.selectionText,
      at: Date.now(),
    };
    void browser.storage.session.set({ pending });
  });
});
