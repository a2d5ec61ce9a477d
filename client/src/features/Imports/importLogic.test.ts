import { describe, expect, it } from 'vitest';
import { csvCell, csvTemplate, isFinished, looksLikeCsv, pollDelay, progressPercent } from './importLogic';

describe('csv template', () => {
  it('quotes cells that need it and starts with a BOM', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('plain')).toBe('plain');
    expect(csvTemplate(['name', 'skills'], ['x', 'a,b'])).toBe('\uFEFFname,skills\r\nx,"a,b"\r\n');
  });
  it('recognises CSV files by name or type', () => {
    expect(looksLikeCsv({ name: 'members.CSV', type: '' })).toBe(true);
    expect(looksLikeCsv({ name: 'members.xlsx', type: 'application/vnd.ms-excel' })).toBe(false);
  });
});

describe('progress', () => {
  const job = (status: 'RUNNING' | 'DONE' | 'REJECTED' | 'FAILED' | 'INTERRUPTED', valid: number, processed: number) => ({ status, total: valid, valid, processed, failed: 0, errorCount: 0 });
  it('is processed over valid rows, full when done', () => {
    expect(progressPercent(job('RUNNING', 200, 50))).toBe(25);
    expect(progressPercent(job('RUNNING', 0, 0))).toBe(0);
    expect(progressPercent(job('DONE', 3, 2))).toBe(100);
    expect(progressPercent(job('REJECTED', 0, 0))).toBe(100);
  });
  it('stops polling an interrupted import and shows how far it got', () => {
    expect(isFinished(job('INTERRUPTED', 200, 50))).toBe(true);
    expect(isFinished(job('RUNNING', 200, 50))).toBe(false);
    expect(progressPercent(job('INTERRUPTED', 200, 50))).toBe(25);
  });
  it('polls less often as an import goes on', () => {
    expect(pollDelay(0)).toBe(1000);
    expect(pollDelay(60_000)).toBe(2000);
    expect(pollDelay(300_000)).toBe(5000);
  });
});
