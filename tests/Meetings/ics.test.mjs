// Parses the three invitations the .NET suite received through the real SMTP server (InvitationTests saves them
// to tests/artifacts/ics/) with ical.js, a calendar library we did not write: the invitation, its update and its
// cancellation must parse, share one UID, carry a rising SEQUENCE and the iTIP method of each step.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, dirname } from 'node:path';
import ICAL from 'ical.js';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'artifacts', 'ics');
const files = ['1-request.ics', '2-update.ics', '3-cancel.ics'];

function parse(file) {
  const path = join(dir, file);
  assert.ok(existsSync(path), `${path} is missing: run the .NET suite first (npm test runs it before the Node suites)`);
  const calendar = new ICAL.Component(ICAL.parse(readFileSync(path, 'utf8')));
  const event = calendar.getFirstSubcomponent('vevent');
  assert.ok(event, `${file} has a VEVENT`);
  return { calendar, event: new ICAL.Event(event), vevent: event };
}

test('the invitation, its update and its cancellation parse with ical.js', () => {
  const [request, update, cancel] = files.map(parse);

  assert.deepEqual([request, update, cancel].map(c => c.calendar.getFirstPropertyValue('method')), ['REQUEST', 'REQUEST', 'CANCEL']);
  assert.deepEqual([request, update, cancel].map(c => c.event.sequence), [0, 1, 2]);
  const uids = new Set([request, update, cancel].map(c => c.event.uid));
  assert.equal(uids.size, 1, 'one UID across the three messages');
  assert.match([...uids][0], /^meeting-.+@/);

  // The update moved the meeting a day later; times are UTC instants.
  const shift = update.event.startDate.toJSDate() - request.event.startDate.toJSDate();
  assert.equal(shift, 24 * 3600 * 1000);
  assert.ok(update.event.endDate.toJSDate() > update.event.startDate.toJSDate());
  assert.equal(cancel.vevent.getFirstPropertyValue('status'), 'CANCELLED');
  assert.equal(request.vevent.getFirstPropertyValue('status'), 'CONFIRMED');

  // Chinese text survives folding (no split UTF-8 sequences), attendees and organizer are mailto addresses.
  assert.match(request.event.summary, /联席会议$/);
  assert.equal(update.event.location, '康宁医院多功能厅');
  assert.ok(request.event.attendees.length >= 4);
  for (const attendee of request.event.attendees) assert.match(attendee.getFirstValue(), /^mailto:.+@.+/);
  assert.match(request.vevent.getFirstPropertyValue('organizer'), /^mailto:/);
  const chair = request.event.attendees.filter(a => a.getParameter('role') === 'CHAIR');
  assert.equal(chair.length, 1);
});
