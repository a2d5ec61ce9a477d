// Where the organiser's editor stands against the saved minutes:
//  clean    – the box shows what is saved;
//  editing  – the organiser typed since the last save, and nobody else saved meanwhile;
//  diverged – someone else saved a new version while the organiser was typing (their text is kept).
export type MinutesEditorState = 'clean' | 'editing' | 'diverged';

export function minutesEditorState({ draft, base, server }: { draft: string; base: string; server: string }): MinutesEditorState {
  if (draft === server) return 'clean';
  if (base === server) return 'editing';
  return 'diverged';
}
