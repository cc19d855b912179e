import { afterEach, describe, expect, it } from 'vitest';
import { leaveHandoff, takeHandoff } from '../../../src/content/topic-handoff';
import { DEFAULT_SETTINGS } from '../../../src/platform/settings-schema';
import { topicTools } from '../../../src/content/topic-watch';

const settings = { current: { ...DEFAULT_SETTINGS, highlightStyle: 'underline' as const }, follow: () => undefined };

describe('the hand-over from the small content script to the main one', () => {
  afterEach(() => {
    takeHandoff();
    document.body.innerHTML = '';
  });

  it('is nothing where the small script asked for nothing: the main script then does nothing', () => {
    expect(takeHandoff()).toBeNull();
  });

  it('gives the located scope and the settings read once: a second injection finds nothing', () => {
    document.body.innerHTML = '<p>A drug consumption room opens.</p>';
    const scope = { nodes: [document.querySelector('p')!], anchors: new Set([0]) };
    leaveHandoff(scope, settings, topicTools);
    expect(takeHandoff()).toEqual({ scope, settings, tools: topicTools });
    expect(takeHandoff()).toBeNull();
  });

  it('widens to the whole frame when the page changed before the main script started', async () => {
    document.body.innerHTML = '<p>A drug consumption room opens.</p>';
    leaveHandoff({ nodes: [document.querySelector('p')!], anchors: new Set([0]) }, settings, topicTools);
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'Another drug consumption room.' }));
    expect(takeHandoff()).toEqual({ scope: null, settings, tools: topicTools });
    leaveHandoff({ nodes: [document.querySelector('p')!], anchors: new Set([0]) }, settings, topicTools);
    document.querySelector('p')!.append(' More.');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(takeHandoff()).toEqual({ scope: null, settings, tools: topicTools });
  });

  it('stays everywhere when the page changed: the whole frame is read with every term, without naming its many anchors', () => {
    document.body.innerHTML = '<p>A drug consumption room opens.</p>';
    leaveHandoff('everywhere', settings, topicTools);
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'Another drug consumption room.' }));
    expect(takeHandoff()?.scope).toBe('everywhere');
  });
});
