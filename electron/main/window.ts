import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';
import { hardenWebContents, type WebContentsHardening } from './hardening.js';

export type RendererTarget = { url: string } | { file: string };

/** The security baseline of design.md; a unit test pins every flag. */
export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 800,
    minWidth: 800,
    minHeight: 500,
    title: 'Seller Helpdesk',
    show: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: true,
    },
  };
}

export function createMainWindow(options: {
  preloadPath: string;
  target: RendererTarget;
  hardening: WebContentsHardening;
}): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(options.preloadPath));
  // Harden before loading anything, so the very first navigation is already policed.
  hardenWebContents(window.webContents, options.hardening);
  window.once('ready-to-show', () => window.show());
  const loaded =
    'url' in options.target ? window.loadURL(options.target.url) : window.loadFile(options.target.file);
  loaded.catch((error: unknown) => console.error('Failed to load the renderer', error));
  return window;
}
