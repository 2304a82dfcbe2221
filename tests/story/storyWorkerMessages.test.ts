import { describe, expect, it } from 'vitest';
import { readStoryJob, readStoryReply } from '../../src/story/storyWorkerMessages';

describe('readStoryJob', () => {
  it('accepts a text job, keeping only its known fields', () => {
    expect(readStoryJob({ type: 'text', text: '{}', value: 's.json', extra: 1 })).toEqual({ type: 'text', text: '{}', value: 's.json' });
    expect(readStoryJob({ type: 'text', text: '{}' })).toEqual({ type: 'text', text: '{}' });
    expect(readStoryJob({ type: 'text', text: '{}', datelineOnly: true })).toEqual({ type: 'text', text: '{}', datelineOnly: true });
  });

  it('refuses anything else', () => {
    for (const bad of [null, 'text', { type: 'fetch', url: 'http://127.0.0.1/s.json', value: 'x' }, { type: 'text' }, { type: 'run', text: '' }]) expect(readStoryJob(bad)).toBeNull();
  });
});

describe('readStoryReply', () => {
  it('accepts progress, a done story (as JSON text, or null for "the text sent"), and each kind of failure', () => {
    expect(readStoryReply({ type: 'done', json: null, notes: [] })).toEqual({ type: 'done', json: null, notes: [] });
    expect(readStoryReply({ type: 'progress', progress: { stage: 'reading', loaded: 10, total: null } })).toEqual({ type: 'progress', progress: { stage: 'reading', loaded: 10, total: null } });
    expect(readStoryReply({ type: 'progress', progress: { stage: 'checking' } })).toEqual({ type: 'progress', progress: { stage: 'checking' } });
    expect(readStoryReply({ type: 'done', json: '{}', notes: ['n'] })).toEqual({ type: 'done', json: '{}', notes: ['n'] });
    expect(readStoryReply({ type: 'failed', outcome: { ok: false, stage: 'load', message: 'm' } })).toEqual({ type: 'failed', outcome: { ok: false, stage: 'load', message: 'm' } });
    expect(readStoryReply({ type: 'failed', outcome: { ok: false, stage: 'invalid', errors: ['e'] } })).toEqual({ type: 'failed', outcome: { ok: false, stage: 'invalid', errors: ['e'] } });
    expect(readStoryReply({ type: 'failed', outcome: { ok: false, stage: 'other' } })).toEqual({ type: 'failed', outcome: { ok: false, stage: 'other' } });
  });

  it('refuses malformed replies', () => {
    const bad = [
      { type: 'progress', progress: { stage: 'reading', loaded: '10', total: null } },
      { type: 'progress', progress: { stage: 'parsing' } },
      { type: 'done', json: {}, notes: [] },
      { type: 'done', json: '{}', notes: [1] },
      { type: 'failed', outcome: { ok: true } },
      { type: 'failed', outcome: { ok: false, stage: 'invalid', errors: 'e' } },
      undefined,
    ];
    for (const b of bad) expect(readStoryReply(b)).toBeNull();
  });
});
