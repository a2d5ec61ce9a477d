import { describe, expect, it } from 'vitest';
import { minutesEditorState } from './minutesSync';

describe('live minutes editor', () => {
  it('is clean when the box shows the saved text', () => {
    expect(minutesEditorState({ draft: 'a', base: 'a', server: 'a' })).toBe('clean');
    // someone saved exactly what was typed
    expect(minutesEditorState({ draft: 'b', base: 'a', server: 'b' })).toBe('clean');
  });
  it('is editing while the organiser types over the version they started from', () => {
    expect(minutesEditorState({ draft: 'a+', base: 'a', server: 'a' })).toBe('editing');
  });
  it('diverges when another save lands under unsaved typing', () => {
    expect(minutesEditorState({ draft: 'a+', base: 'a', server: 'a2' })).toBe('diverged');
  });
});
