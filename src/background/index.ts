/** Background entry: badge, commands and the message hub. */
import { browser } from '../platform/browser';

browser.runtime.onInstalled.addListener(() => {
  void browser.action.setBadgeBackgroundColor({ color: '#5b3cc4' });
});
