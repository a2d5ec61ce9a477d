#!/usr/bin/env node
// Consistency checker for the demo seeds (see seeds/README.md). No dependencies.
//
//   node seeds/check.mjs                       check against "now"
//   node seeds/check.mjs --now 2026-03-31T23:30:00+08:00
//   node seeds/check.mjs --sweep               check against a load moment on every day of a year
//
// It resolves every relative time, lays every record and step on one timeline (the order the loader
// runs them), and replays the rules the domain commands enforce that the data can break: references
// resolve to something created earlier, enum values are the domain's (read from the C# sources),
// times parse and respect the commands' time rules, actors hold the roles the policies ask for, and
// the demo accounts of API.md exist. Exit code 1 when there is any problem.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const DAY = 86_400_000, HOUR = 3_600_000, MIN = 60_000, CHINA = 8 * HOUR;

/** Load order: features in this order, files in this order inside each (README §Load order). */
export const FEATURES = [
  ['Organisations', ['tree.json', 'grids.json', 'units.json']],
  ['Accounts', ['accounts.json']],
  ['Reporting', ['unit-reports.json', 'member-reports.json']],
  ['Committees', ['persons.json', 'committees.json']],
  ['Needs', ['needs.json']],
  ['Resources', ['resources.json']],
  ['Projects', ['projects.json']],
  ['Agreements', ['agreements.json']],
  ['Meetings', ['shijing-dgw.json', 'jinbi-lhdw.json']],
  ['ActionItems', ['action-items.json']],
  ['MicroWishes', ['wishes.json']],
  ['VolunteerPosts', ['posts.json']],
];

/** Which step verbs (domain command names) each feature's records may carry. */
const STEPS = {
  Reporting: ['ApproveUnitReport', 'RejectUnitReport', 'WithdrawUnitReport', 'ApproveMemberReport', 'RejectMemberReport', 'WithdrawMemberReport', 'UpdateServiceProfile'],
  Needs: ['EditNeed', 'ClaimNeed', 'ConfirmNeedClaim', 'DeclineNeedClaim', 'WithdrawNeedClaim', 'CloseNeed', 'WithdrawNeed'],
  Resources: ['EditResource', 'ClaimResource', 'ConfirmResourceClaim', 'DeclineResourceClaim', 'CancelResourceClaim', 'RecordResourceUse', 'WithdrawResource'],
  Projects: ['EditProject', 'ProposeProject', 'ApplyMeetingDecision', 'ClaimProject', 'ConfirmProjectClaim', 'DeclineProjectClaim', 'UpdateProjectProgress', 'CompleteProject'],
  Agreements: ['EditAgreement', 'SignAgreement', 'TerminateAgreement'],
  Meetings: ['RescheduleMeeting', 'CancelMeeting', 'AddAgendaItem', 'RemoveAgendaItem', 'RespondToInvitation', 'SignIn', 'RecordDecision', 'DraftMinutes', 'ApproveMinutes', 'PublishMinutes'],
  ActionItems: ['UpdateActionItemProgress', 'CompleteActionItem', 'DropActionItem', 'SendActionItemReminder', 'EscalateOverdueActionItem', 'CarryOverActionItem', 'ReviewActionItem'],
  MicroWishes: ['ReviewWish', 'PublishWish', 'ClaimWish', 'ReleaseWish', 'FulfilWish', 'ConfirmWish', 'DisputeWish', 'WidenWish', 'CancelWish', 'RemindClaim', 'ExpireClaim'],
  VolunteerPosts: ['ClaimVolunteerSlot', 'CancelVolunteerSlot', 'CheckInVolunteer', 'CheckOutVolunteer', 'MarkVolunteerNoShow', 'CloseVolunteerPost'],
};
/** The command each record itself becomes. */
const CREATE = {
  Organisations: 'CreateOrganisation', Accounts: 'RegisterAccount', Committees: 'CreateCommittee', Needs: 'PostNeed',
  Resources: 'OfferResource', Projects: 'DraftProject', Agreements: 'DraftAgreement', Meetings: 'ScheduleMeeting',
  ActionItems: 'CreateActionItem', MicroWishes: 'SubmitWish', VolunteerPosts: 'PublishVolunteerPost',
};
const SYSTEM_ONLY = new Set(['RemindClaim', 'ExpireClaim', 'SendActionItemReminder', 'EscalateOverdueActionItem']);
const DAYS_OF_WEEK = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

// ───────────────────────────── relative times ─────────────────────────────

const TIME_RE = /^(?:(now)|(?:([+-]\d{1,4})(q|mo))?\s*(?:([+-]\d{1,4})d)?(?:\s+(wd))?(?:\s+(\d{2}):(\d{2}))?((?:\s*[+-]\d{1,4}(?:h|min))*))$/;

/**
 * Resolves a relative time (README §Relative times) against the load moment `now` (ms since epoch).
 * Returns { ms, date } where date is the China-local calendar date "YYYY-MM-DD" of the result.
 * Throws on anything the grammar does not allow. `asDate` forbids a clock and hour/minute terms.
 */
export function resolveTime(expr, now, { asDate = false } = {}) {
  if (typeof expr !== 'string') throw new Error(`not a time string: ${JSON.stringify(expr)}`);
  const m = TIME_RE.exec(expr.trim());
  if (!m || expr.trim() === '') throw new Error(`bad time "${expr}"`);
  const [, isNow, aN, aUnit, dN, wd, hh, mm, durs] = m;
  if (!isNow && !aUnit && !dN && !hh && !durs) throw new Error(`bad time "${expr}"`);
  if (asDate && (hh || durs || isNow)) throw new Error(`a date takes no clock or hours: "${expr}"`);
  if (isNow) return { ms: now, date: chinaDate(now) };
  const local = new Date(now + CHINA);                    // China wall clock, read with UTC getters
  let y = local.getUTCFullYear(), mo = local.getUTCMonth(), d = local.getUTCDate();
  let anchored = false;
  if (aUnit === 'q') { mo = Math.floor(mo / 3) * 3 + 3 * Number(aN); d = 1; anchored = true; }
  if (aUnit === 'mo') { mo = mo + Number(aN); d = 1; anchored = true; }
  let day = Date.UTC(y, mo, d);                            // midnight of the local date, as a UTC number
  let shift = dN ? Number(dN) : 0;
  day += shift * DAY;
  if (wd) { const w = new Date(day).getUTCDay(); const extra = w === 6 ? 2 : w === 0 ? 1 : 0; day += extra * DAY; shift += extra; }
  let ms;
  if (hh) {
    if (Number(hh) > 23 || Number(mm) > 59) throw new Error(`bad clock in "${expr}"`);
    ms = day + Number(hh) * HOUR + Number(mm) * MIN - CHINA;
  } else if (anchored) ms = day - CHINA;                   // 00:00 China time
  else ms = now + shift * DAY;                             // keeps the load moment's time of day
  for (const t of (durs || '').matchAll(/([+-]\d{1,4})(h|min)/g)) ms += Number(t[1]) * (t[2] === 'h' ? HOUR : MIN);
  return { ms, date: chinaDate(ms) };
}

export function chinaDate(ms) { return new Date(ms + CHINA).toISOString().slice(0, 10); }

// ───────────────────────────── domain vocabulary ─────────────────────────────

/** Enums and labels read from the C# domain, so the seeds can never drift from it silently. */
export function readDomain(domainDir = join(here, '..', 'src', 'JointMeeting.Domain')) {
  const files = [];
  const walk = dir => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (['bin', 'obj'].includes(e.name)) continue;
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p); else if (e.name.endsWith('.cs')) files.push(p);
    }
  };
  walk(domainDir);
  const enums = {}, commands = new Set();
  const needLabels = {}, wishLabels = {};
  for (const f of files) {
    const src = readFileSync(f, 'utf8').replace(/\/\/.*$/gm, '');
    for (const m of src.matchAll(/\benum\s+(\w+)\s*\{([^}]*)\}/g))
      enums[m[1]] = m[2].split(',').map(s => s.replace(/=.*$/, '').trim()).filter(Boolean);
    if (f.endsWith('Commands.cs')) for (const m of src.matchAll(/sealed record\s+(\w+)\s*\(/g)) commands.add(m[1]);
    for (const m of src.matchAll(/\[NeedCategory\.(\w+)\]\s*=\s*"([^"]+)"/g)) needLabels[m[1]] = m[2];
    for (const m of src.matchAll(/WishCategory\.(\w+)\s*=>\s*"([^"]+)"/g)) wishLabels[m[1]] = m[2];
    if (/WishCategory\.\w+\s*=>/.test(src)) { const o = /_\s*=>\s*"([^"]+)"/.exec(src); if (o) wishLabels.Other = o[1]; }
  }
  enums.DayOfWeek = DAYS_OF_WEEK;
  return { enums, commands, needLabels, wishLabels, categoryLabels: new Set([...Object.values(needLabels), ...Object.values(wishLabels)]) };
}

// ───────────────────────────── loading ─────────────────────────────

export function loadSeeds(dir = here) {
  const out = [];
  FEATURES.forEach(([feature, files], rank) => {
    const present = existsSync(join(dir, feature)) ? readdirSync(join(dir, feature)).filter(f => f.endsWith('.json')) : [];
    for (const extra of present.filter(f => !files.includes(f))) out.push({ feature, rank, file: `${feature}/${extra}`, records: null, unlisted: true });
    files.forEach(file => {
      const p = join(dir, feature, file);
      out.push({ feature, rank, file: `${feature}/${file}`, records: existsSync(p) ? JSON.parse(readFileSync(p, 'utf8')) : null });
    });
  });
  return out;
}

// ───────────────────────────── the check ─────────────────────────────

const PHONE = /^(1[3-9]\d{9}|(0\d{2,3}-?)?\d{7,8}(-\d{1,6})?)$/;
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
const LOGIN = /^[a-z0-9][a-z0-9._-]{2,31}$/;
const ROLE_SCOPE = { DistrictAdmin: 'District', StreetSecretary: 'Street', CommunitySecretary: 'Community', UnitContact: 'ResidentUnit', Member: 'Community' };
const PARENTS = { District: [], Street: ['District'], Community: ['Street'], Grid: ['Community'], Building: ['Grid'], EconomicCooperative: ['Street'], ResidentUnit: ['District', 'Street', 'Community'] };
const LEVEL_KIND = { District: 'District', Street: 'Street', Community: 'Community' };

/**
 * Checks the seeds against a load moment. Returns { problems: string[], stats, timeline }.
 * options: { now (ms, default Date.now()), dir, domain (readDomain() result), seeds (loadSeeds(dir) result) }
 */
export function check({ now = Date.now(), dir = here, domain = readDomain(), seeds = loadSeeds(dir) } = {}) {
  const problems = [];
  const files = seeds;
  const E = domain.enums;
  const created = new Map();            // key → { kind, at, rec }
  const ops = [];

  for (const f of files) {
    if (f.unlisted) { problems.push(`${f.file}: file not in the documented load order`); continue; }
    if (!Array.isArray(f.records)) { problems.push(`${f.file}: missing or not a JSON array`); continue; }
    f.records.forEach((rec, ri) => {
      const where = `${f.file}#${rec.key ?? ri}`;
      if (typeof rec.key !== 'string') { problems.push(`${where}: no key`); return; }
      if (f.feature === 'Committees' && f.file.endsWith('persons.json')) {
        ops.push({ t: -Infinity, rank: f.rank, fi: files.indexOf(f), ri, si: -1, f, rec, step: null, verb: 'Person', where });
        return;
      }
      let t;
      try { t = resolveTime(rec.at, now).ms; } catch (e) { problems.push(`${where}: at: ${e.message}`); return; }
      ops.push({ t, rank: f.rank, fi: files.indexOf(f), ri, si: -1, f, rec, step: null, verb: CREATE[f.feature] ?? (f.file.includes('unit-') ? 'RequestUnitReport' : 'RequestMemberReport'), where });
      let last = t;
      (rec.steps ?? []).forEach((step, si) => {
        const sw = `${where} step ${si + 1} (${step.do})`;
        let st;
        try { st = resolveTime(step.at, now).ms; } catch (e) { problems.push(`${sw}: at: ${e.message}`); return; }
        if (st < last) problems.push(`${sw}: steps of a record must be in time order`);
        last = st;
        ops.push({ t: st, rank: f.rank, fi: files.indexOf(f), ri, si, f, rec, step, verb: step.do, where: sw });
      });
    });
  }
  ops.sort((a, b) => a.t - b.t || a.rank - b.rank || a.fi - b.fi || a.ri - b.ri || a.si - b.si);

  // ── state ──
  const orgs = new Map(), accounts = new Map(), persons = new Map(), logins = new Set();
  const unitReports = new Map(), unitApproved = new Map(), memberReports = new Map(), memberApproved = new Map();
  const committees = new Map(), meetings = new Map(), actions = new Map();
  const needs = new Map(), resources = new Map(), projects = new Map(), agreements = new Map();
  const wishes = new Map(), posts = new Map(), openClaims = new Map();
  const claimKeys = new Set();

  const P = (w, msg) => problems.push(`${w}: ${msg}`);
  const time = (w, expr, opts) => { try { return resolveTime(expr, now, opts); } catch (e) { P(w, e.message); return null; } };
  const enumOk = (w, name, value, field) => { if (!E[name]?.includes(value)) P(w, `${field} "${value}" is not a ${name} (${(E[name] ?? []).join(', ')})`); };
  const need = (w, key, prefixes, field) => {
    if (typeof key !== 'string') { P(w, `${field} missing`); return null; }
    if (!prefixes.some(p => key.startsWith(p))) { P(w, `${field} "${key}" should start with ${prefixes.join(' or ')}`); return null; }
    const c = created.get(key);
    if (!c) { P(w, `${field} "${key}" does not resolve to anything created earlier`); return null; }
    return c;
  };
  const text = (w, v, field, max) => { if (typeof v !== 'string' || !v.trim()) P(w, `${field} is blank`); else if (v.length > max) P(w, `${field} longer than ${max}`); };
  const pathOf = key => { const o = orgs.get(key); return o ? o.path : null; };
  const within = (inner, outer) => { const a = pathOf(inner), b = pathOf(outer); return !!a && !!b && a.district === b.district && (!b.street || b.street === a.street) && (!b.community || b.community === a.community); };
  const holds = (acct, role, scope) => !!accounts.get(acct)?.roles.some(r => r.role === role && r.scope === scope);
  const secretaryOver = (acct, orgKey) => {
    const p = pathOf(orgKey); if (!p || acct === 'system') return false;
    return holds(acct, 'DistrictAdmin', p.district) || (p.street && holds(acct, 'StreetSecretary', p.street)) || (p.community && holds(acct, 'CommunitySecretary', p.community)) || false;
  };
  const contactOf = (acct, unit) => holds(acct, 'UnitContact', unit);
  const coBuilding = (unit, orgKey) => unitApproved.get(unit) === orgKey;
  const by = (op, allowSystem) => {
    // Structural records (Organisations, Accounts, Committees) may omit "by": the loader runs them as the system.
    const b = op.step ? op.step.by : op.rec.by ?? (['Organisations', 'Accounts', 'Committees'].includes(op.f.feature) ? 'system' : undefined);
    if (b === 'system') { if (!allowSystem) P(op.where, 'the system may not do this; name an account in "by"'); return 'system'; }
    if (SYSTEM_ONLY.has(op.verb)) P(op.where, 'only the system ("by": "system") runs this job');
    if (typeof b !== 'string') { P(op.where, '"by" missing'); return null; }
    if (!need(op.where, b, ['acct:'], 'by')) return null;
    return b;
  };
  const demand = (op, ok, msg) => { if (!ok) P(op.where, `not allowed: ${msg}`); };
  const reportingCovers = (member, community, widened) => {
    const c = memberApproved.get(member); if (!c) return false;
    return c === community || (widened && pathOf(c)?.street === pathOf(community)?.street);
  };
  const isPast = (op) => { if (op.t > now) P(op.where, 'happens after the load moment (only schedule/due/deadline times may lie ahead)'); };

  for (const op of ops) {
    const { rec, step, where: w, verb } = op;
    if (op.t !== -Infinity) isPast(op);
    if (!domain.commands.has(verb) && !['Person', 'RequestUnitReport', 'RequestMemberReport'].includes(verb)) P(w, `"${verb}" is not a domain command`);
    if (step && !(STEPS[op.f.feature] ?? []).includes(verb)) { P(w, `"${verb}" is not a step of ${op.f.feature}`); continue; }
    if (!step && created.has(rec.key)) { P(w, `duplicate key ${rec.key}`); continue; }
    const s = step ?? {};

    switch (verb) {
      // ── Organisations ──
      case 'CreateOrganisation': {
        if (!/^(org|unit):/.test(rec.key)) P(w, 'organisation keys start with org: or unit:');
        enumOk(w, 'OrganisationKind', rec.kind, 'kind');
        text(w, rec.name, 'name', 100);
        let path;
        if (rec.kind === 'District') { if (rec.parent) P(w, 'a district has no parent'); path = { district: rec.key }; }
        else {
          const parent = need(w, rec.parent, ['org:'], 'parent');
          if (!parent) break;
          const pk = orgs.get(rec.parent).kind;
          if (!PARENTS[rec.kind]?.includes(pk)) P(w, `a ${rec.kind} may not hang under a ${pk}`);
          const pp = orgs.get(rec.parent).path;
          path = { ...pp, ...(rec.kind === 'Street' ? { street: rec.key } : rec.kind === 'Community' ? { community: rec.key } : {}) };
        }
        if (rec.kind === 'ResidentUnit') {
          if (!rec.key.startsWith('unit:')) P(w, 'resident unit keys start with unit:');
          const u = rec.unit ?? {};
          enumOk(w, 'UnitKind', u.kind, 'unit.kind');
          text(w, u.partyOrganisation, 'unit.partyOrganisation', 100);
          text(w, u.contact?.name, 'unit.contact.name', 50);
          if (!PHONE.test(u.contact?.phone ?? '')) P(w, 'unit.contact.phone is not a phone number');
        } else if (rec.unit) P(w, 'only a ResidentUnit has "unit"');
        orgs.set(rec.key, { kind: rec.kind, parent: rec.parent, path, rec });
        created.set(rec.key, { kind: 'org', at: op.t });
        break;
      }
      // ── Accounts ──
      case 'RegisterAccount': {
        if (!rec.key.startsWith('acct:') || rec.key !== `acct:${rec.login}`) P(w, 'an account key is "acct:" + its login');
        if (!LOGIN.test(rec.login ?? '')) P(w, `login "${rec.login}" is not a valid login name`);
        if (logins.has(rec.login)) P(w, `login ${rec.login} used twice`);
        logins.add(rec.login);
        text(w, rec.displayName, 'displayName', 50);
        if (rec.phone != null && !PHONE.test(rec.phone)) P(w, 'phone is not a phone number');
        if (rec.email != null && !EMAIL.test(rec.email)) P(w, 'email is not an email address');
        if (rec.password !== undefined || rec.passwordHash !== undefined) P(w, 'passwords never go in the seed files');
        need(w, rec.home, ['org:', 'unit:'], 'home');
        const roles = [];
        for (const r of rec.roles ?? []) {
          enumOk(w, 'Role', r.role, 'role');
          if (need(w, r.scope, ['org:', 'unit:'], 'role scope') && orgs.get(r.scope).kind !== ROLE_SCOPE[r.role]) P(w, `${r.role} must be scoped to a ${ROLE_SCOPE[r.role]}`);
          roles.push(r);
        }
        accounts.set(rec.key, { rec, roles });
        created.set(rec.key, { kind: 'acct', at: op.t });
        break;
      }
      // ── Reporting ──
      case 'RequestUnitReport': {
        if (!rec.key.startsWith('unitreport:')) P(w, 'key should start with unitreport:');
        const u = need(w, rec.unit, ['unit:'], 'unit'), t = need(w, rec.target, ['org:'], 'target');
        const actor = by(op, false);
        if (!u || !t) break;
        if (!['Community', 'Street'].includes(orgs.get(rec.target).kind)) P(w, 'a unit reports to a community or a street');
        demand(op, contactOf(actor, rec.unit) || secretaryOver(actor, rec.target), 'the unit contact or a secretary over the target');
        if ([...unitReports.values()].some(r => r.unit === rec.unit && r.status === 'Pending')) P(w, 'the unit already has a pending report');
        unitReports.set(rec.key, { unit: rec.unit, target: rec.target, status: 'Pending' });
        created.set(rec.key, { kind: 'unitreport', at: op.t });
        break;
      }
      case 'ApproveUnitReport': case 'RejectUnitReport': case 'WithdrawUnitReport': {
        const r = unitReports.get(rec.key); const actor = by(op, false);
        if (!r) break;
        if (verb === 'WithdrawUnitReport') { demand(op, contactOf(actor, r.unit) || secretaryOver(actor, r.target), 'contact or secretary'); if (unitApproved.get(r.unit) === r.target) unitApproved.delete(r.unit); r.status = 'Withdrawn'; break; }
        demand(op, secretaryOver(actor, r.target), 'a secretary over the target decides');
        if (r.status !== 'Pending') P(w, 'report already decided');
        if (verb === 'RejectUnitReport') text(w, s.reason, 'reason', 500);
        r.status = verb === 'ApproveUnitReport' ? 'Approved' : 'Rejected';
        if (r.status === 'Approved') unitApproved.set(r.unit, r.target);
        break;
      }
      case 'RequestMemberReport': {
        if (!rec.key.startsWith('memberreport:')) P(w, 'key should start with memberreport:');
        const m = need(w, rec.member, ['acct:'], 'member'), c = need(w, rec.community, ['org:'], 'community');
        need(w, rec.unit, ['unit:'], 'unit');
        const actor = by(op, false);
        if (!m || !c) break;
        if (orgs.get(rec.community).kind !== 'Community') P(w, 'a member reports to a community');
        demand(op, actor === rec.member || secretaryOver(actor, rec.community), 'the member or a secretary over the community');
        if (rec.grid && need(w, rec.grid, ['org:'], 'grid') && orgs.get(rec.grid).parent !== rec.community) P(w, 'grid is not in the community');
        if (rec.building && need(w, rec.building, ['org:'], 'building') && orgs.get(rec.building).parent !== rec.grid) P(w, 'building is not in the grid');
        const pr = rec.profile ?? {};
        for (const sk of pr.skills ?? []) enumOk(w, 'Skill', sk, 'skill');
        for (const pc of pr.preferredCategories ?? []) if (!domain.categoryLabels.has(pc)) P(w, `preferred category "${pc}" is not a need or wish category label`);
        for (const a of pr.availability ?? []) { enumOk(w, 'DayOfWeek', a.day, 'availability.day'); enumOk(w, 'DayPart', a.part, 'availability.part'); }
        memberReports.set(rec.key, { member: rec.member, community: rec.community, status: 'Pending' });
        created.set(rec.key, { kind: 'memberreport', at: op.t });
        break;
      }
      case 'ApproveMemberReport': case 'RejectMemberReport': case 'WithdrawMemberReport': case 'UpdateServiceProfile': {
        const r = memberReports.get(rec.key); const actor = by(op, false);
        if (!r) break;
        if (verb === 'UpdateServiceProfile') { demand(op, actor === r.member, 'the member'); break; }
        if (verb === 'WithdrawMemberReport') { demand(op, actor === r.member || secretaryOver(actor, r.community), 'member or secretary'); memberApproved.delete(r.member); r.status = 'Withdrawn'; break; }
        demand(op, secretaryOver(actor, r.community), 'a secretary over the community decides');
        if (r.status !== 'Pending') P(w, 'report already decided');
        if (verb === 'RejectMemberReport') text(w, s.reason, 'reason', 500);
        r.status = verb === 'ApproveMemberReport' ? 'Approved' : 'Rejected';
        if (r.status === 'Approved') memberApproved.set(r.member, r.community);
        break;
      }
      // ── Committees ──
      case 'Person': {
        if (!rec.key.startsWith('person:')) P(w, 'person keys start with person:');
        text(w, rec.name, 'name', 50);
        if (rec.email != null && !EMAIL.test(rec.email)) P(w, 'email is not an email address');
        persons.set(rec.key, rec);
        created.set(rec.key, { kind: 'person', at: -Infinity });
        break;
      }
      case 'CreateCommittee': {
        if (!rec.key.startsWith('committee:')) P(w, 'key should start with committee:');
        enumOk(w, 'CommitteeLevel', rec.level, 'level');
        text(w, rec.name, 'name', 50);
        by(op, true);
        if (!need(w, rec.organisation, ['org:'], 'organisation')) break;
        if (orgs.get(rec.organisation).kind !== LEVEL_KIND[rec.level]) P(w, `a ${rec.level} committee belongs to a ${LEVEL_KIND[rec.level]}`);
        const c = rec.cadence ?? {};
        enumOk(w, 'CadenceKind', c.kind, 'cadence.kind');
        if (!(c.interval >= 1 && c.interval <= 52) || !(c.dayOfMonth >= 1 && c.dayOfMonth <= 31) || !(c.monthOfQuarter >= 1 && c.monthOfQuarter <= 3)) P(w, 'cadence numbers out of range');
        for (const d of rec.skippedDates ?? []) time(w, d, { asDate: true });
        const seat = (key, field) => {
          if (!need(w, key, ['acct:', 'person:'], field)) return;
          const email = key.startsWith('acct:') ? accounts.get(key).rec.email : persons.get(key).email;
          if (email != null && !EMAIL.test(email)) P(w, `${field} has a bad email`);
        };
        seat(rec.convener, 'convener');
        const members = new Map([[rec.convener, { unit: null, from: -Infinity }]]);
        for (const m of rec.standingMembers ?? []) { seat(m, 'standing member'); if (members.has(m)) P(w, `${m} seated twice`); members.set(m, { unit: null, from: -Infinity }); }
        for (const m of rec.partTimeMembers ?? []) {
          seat(m.person, 'part-time member');
          if (members.has(m.person)) P(w, `${m.person} seated twice`);
          const from = need(w, m.from, ['org:', 'unit:'], 'part-time member "from"');
          if (from && !(coBuilding(m.from, rec.organisation) || within(m.from, rec.organisation))) P(w, `${m.from} is neither a co-building unit of nor under ${rec.organisation}`);
          const ts = time(w, m.termStart, { asDate: true });
          if (m.termEnd) { const te = time(w, m.termEnd, { asDate: true }); if (ts && te && te.date <= ts.date) P(w, 'termEnd must follow termStart'); }
          members.set(m.person, { unit: m.from?.startsWith('unit:') ? m.from : null, from: ts ? ts.ms : 0 });
        }
        committees.set(rec.key, { rec, members });
        created.set(rec.key, { kind: 'committee', at: op.t });
        break;
      }
      // ── Needs ──
      case 'PostNeed': {
        if (!rec.key.startsWith('need:')) P(w, 'key should start with need:');
        const actor = by(op, false);
        if (!need(w, rec.owner, ['org:'], 'owner')) break;
        if (!['Community', 'Street'].includes(orgs.get(rec.owner).kind)) P(w, 'a need is posted by a community or a street');
        demand(op, secretaryOver(actor, rec.owner), 'a secretary over the owner posts needs');
        enumOk(w, 'NeedCategory', rec.category, 'category'); enumOk(w, 'Urgency', rec.urgency, 'urgency');
        text(w, rec.title, 'title', 100); text(w, rec.description, 'description', 2000); text(w, rec.place, 'place', 200); text(w, rec.whatIsNeeded, 'whatIsNeeded', 500);
        if (rec.quantityNeeded != null && !(Number.isInteger(rec.quantityNeeded) && rec.quantityNeeded > 0)) P(w, 'quantityNeeded must be a positive integer or null');
        const dl = time(w, rec.deadline, { asDate: true });
        if (dl && dl.date < chinaDate(op.t)) P(w, 'deadline before the posting day');
        needs.set(rec.key, { rec, owner: rec.owner, deadline: dl?.date, claims: new Map(), status: 'Open' });
        created.set(rec.key, { kind: 'need', at: op.t });
        break;
      }
      case 'ClaimNeed': case 'ConfirmNeedClaim': case 'DeclineNeedClaim': case 'WithdrawNeedClaim': case 'CloseNeed': case 'WithdrawNeed': case 'EditNeed': {
        const n = needs.get(rec.key); const actor = by(op, false); if (!n) break;
        const finished = ['Closed', 'Withdrawn'].includes(n.status);
        if (verb === 'ClaimNeed') {
          if (!s.claim?.startsWith('needclaim:') || claimKeys.has(s.claim)) P(w, 'claim needs a new key starting with needclaim:');
          claimKeys.add(s.claim);
          if (!need(w, s.unit, ['unit:'], 'unit')) break;
          demand(op, contactOf(actor, s.unit), 'the unit contact claims');
          if (!coBuilding(s.unit, n.owner)) P(w, `${s.unit} is not a co-building unit of ${n.owner}`);
          if (finished) P(w, 'need is closed or withdrawn');
          if ([...n.claims.values()].some(c => ['Pending', 'Confirmed'].includes(c.status))) P(w, 'need is already claimed (exclusive)');
          if (n.deadline && chinaDate(op.t) > n.deadline) P(w, 'need is past its deadline');
          n.claims.set(s.claim, { unit: s.unit, status: 'Pending' });
        } else if (['ConfirmNeedClaim', 'DeclineNeedClaim', 'WithdrawNeedClaim'].includes(verb)) {
          const c = n.claims.get(s.claim); if (!c) { P(w, `unknown claim ${s.claim}`); break; }
          if (c.status !== 'Pending') P(w, 'claim already decided');
          if (verb === 'WithdrawNeedClaim') demand(op, contactOf(actor, c.unit), 'the claiming unit');
          else demand(op, secretaryOver(actor, n.owner), 'a secretary over the need');
          if (verb === 'DeclineNeedClaim') text(w, s.reason, 'reason', 500);
          c.status = { ConfirmNeedClaim: 'Confirmed', DeclineNeedClaim: 'Declined', WithdrawNeedClaim: 'Withdrawn' }[verb];
        } else {
          demand(op, secretaryOver(actor, n.owner), 'a secretary over the need');
          if (finished) P(w, 'need already closed or withdrawn');
          if (verb === 'WithdrawNeed') text(w, s.reason, 'reason', 500);
          if (verb !== 'EditNeed') n.status = verb === 'CloseNeed' ? 'Closed' : 'Withdrawn';
        }
        break;
      }
      // ── Resources ──
      case 'OfferResource': {
        if (!rec.key.startsWith('resource:')) P(w, 'key should start with resource:');
        const actor = by(op, false);
        if (!need(w, rec.unit, ['unit:'], 'unit') || !need(w, rec.offeredTo, ['org:'], 'offeredTo')) break;
        demand(op, contactOf(actor, rec.unit), 'the unit contact offers');
        if (!coBuilding(rec.unit, rec.offeredTo)) P(w, `${rec.unit} is not a co-building unit of ${rec.offeredTo}`);
        enumOk(w, 'ResourceKind', rec.kind, 'kind');
        text(w, rec.title, 'title', 100); text(w, rec.description, 'description', 2000); text(w, rec.capacityUnit, 'capacityUnit', 10); text(w, rec.place, 'place', 200);
        if (!(Number.isInteger(rec.capacity) && rec.capacity > 0)) P(w, 'capacity must be a positive integer');
        const from = time(w, rec.availableFrom, { asDate: true }), until = time(w, rec.availableUntil, { asDate: true });
        if (from && until && until.date < from.date) P(w, 'availableUntil before availableFrom');
        if (until && until.date < chinaDate(op.t)) P(w, 'availability already over when offered');
        resources.set(rec.key, { rec, until: until?.date, claims: new Map(), withdrawn: false });
        created.set(rec.key, { kind: 'resource', at: op.t });
        break;
      }
      case 'ClaimResource': case 'ConfirmResourceClaim': case 'DeclineResourceClaim': case 'CancelResourceClaim': case 'RecordResourceUse': case 'WithdrawResource': case 'EditResource': {
        const r = resources.get(rec.key); const actor = by(op, false); if (!r) break;
        if (verb === 'ClaimResource') {
          if (!s.claim?.startsWith('resclaim:') || claimKeys.has(s.claim)) P(w, 'claim needs a new key starting with resclaim:');
          claimKeys.add(s.claim);
          if (!need(w, s.claimingOrg, ['org:'], 'claimingOrg')) break;
          demand(op, within(s.claimingOrg, r.rec.offeredTo) && secretaryOver(actor, s.claimingOrg), 'a secretary of an organisation inside the offer');
          if (r.withdrawn) P(w, 'resource withdrawn');
          if (r.until && chinaDate(op.t) > r.until) P(w, 'resource past its availability');
          const taken = [...r.claims.values()].filter(c => ['Pending', 'Confirmed', 'Fulfilled'].includes(c.status)).reduce((n, c) => n + c.quantity, 0);
          if (!(Number.isInteger(s.quantity) && s.quantity > 0) || taken + s.quantity > r.rec.capacity) P(w, `quantity ${s.quantity} exceeds what is left (${r.rec.capacity - taken})`);
          text(w, s.purpose, 'purpose', 500);
          r.claims.set(s.claim, { org: s.claimingOrg, quantity: s.quantity, status: 'Pending' });
        } else if (['WithdrawResource', 'EditResource'].includes(verb)) {
          demand(op, contactOf(actor, r.rec.unit), 'the unit contact');
          if (verb === 'WithdrawResource') { text(w, s.reason, 'reason', 500); r.withdrawn = true; }
        } else {
          const c = r.claims.get(s.claim); if (!c) { P(w, `unknown claim ${s.claim}`); break; }
          const want = { ConfirmResourceClaim: ['Pending'], DeclineResourceClaim: ['Pending'], CancelResourceClaim: ['Pending', 'Confirmed'], RecordResourceUse: ['Confirmed'] }[verb];
          if (!want.includes(c.status)) P(w, `claim is ${c.status}`);
          if (['ConfirmResourceClaim', 'DeclineResourceClaim'].includes(verb)) demand(op, contactOf(actor, r.rec.unit), 'the offering unit decides');
          else demand(op, secretaryOver(actor, c.org), 'the claiming organisation');
          if (['DeclineResourceClaim', 'CancelResourceClaim'].includes(verb)) text(w, s.reason, 'reason', 500);
          c.status = { ConfirmResourceClaim: 'Confirmed', DeclineResourceClaim: 'Declined', CancelResourceClaim: 'Cancelled', RecordResourceUse: 'Fulfilled' }[verb];
        }
        break;
      }
      // ── Projects ──
      case 'DraftProject': {
        if (!rec.key.startsWith('project:')) P(w, 'key should start with project:');
        const actor = by(op, false);
        if (!need(w, rec.owner, ['org:'], 'owner')) break;
        demand(op, secretaryOver(actor, rec.owner), 'a secretary over the owner');
        text(w, rec.title, 'title', 100); text(w, rec.description, 'description', 2000);
        if (rec.need != null) need(w, rec.need, ['need:'], 'need');
        for (const r of rec.resources ?? []) need(w, r, ['resource:'], 'resource');
        for (const u of rec.ownerUnits ?? []) need(w, u, ['unit:'], 'owner unit');
        if (new Set(rec.resources ?? []).size !== (rec.resources ?? []).length) P(w, 'resources repeated');
        projects.set(rec.key, { rec, status: 'Draft', proposal: null, claims: new Map() });
        created.set(rec.key, { kind: 'project', at: op.t });
        break;
      }
      case 'EditProject': case 'ProposeProject': case 'ApplyMeetingDecision': case 'ClaimProject': case 'ConfirmProjectClaim': case 'DeclineProjectClaim': case 'UpdateProjectProgress': case 'CompleteProject': {
        const p = projects.get(rec.key); const actor = by(op, verb === 'ApplyMeetingDecision'); if (!p) break;
        const manager = secretaryOver(actor, p.rec.owner);
        if (verb === 'ProposeProject') {
          demand(op, manager, 'a secretary over the project');
          if (!['Draft', 'Deferred'].includes(p.status)) P(w, `only draft or deferred projects can be proposed (is ${p.status})`);
          const m = need(w, s.meeting, ['meeting:'], 'meeting') && meetings.get(s.meeting);
          if (m && committees.get(m.committee)?.rec.organisation !== p.rec.owner) P(w, 'proposed to a meeting of another organisation');
          p.proposal = { meeting: s.meeting, item: s.agendaItem }; p.status = 'Proposed';
        } else if (verb === 'ApplyMeetingDecision') {
          demand(op, actor === 'system' || manager, 'the system or a secretary');
          if (!p.proposal || p.proposal.meeting !== s.meeting || p.proposal.item !== s.agendaItem) { P(w, 'project was not proposed to that agenda item'); break; }
          const m = meetings.get(s.meeting), item = m?.agenda.get(s.agendaItem), d = m?.decisions.get(s.agendaItem);
          if (!item || item.kind !== 'Project' || item.ref !== rec.key) P(w, 'that agenda item is not this project');
          if (!d) { P(w, 'the meeting has no decision on that agenda item yet'); break; }
          p.status = { Approved: 'Approved', Deferred: 'Deferred', Rejected: 'Rejected' }[d.outcome];
        } else if (verb === 'ClaimProject') {
          if (!s.claim?.startsWith('projclaim:') || claimKeys.has(s.claim)) P(w, 'claim needs a new key starting with projclaim:');
          claimKeys.add(s.claim);
          if (!need(w, s.unit, ['unit:'], 'unit')) break;
          demand(op, contactOf(actor, s.unit), 'the unit contact claims');
          if (!coBuilding(s.unit, p.rec.owner)) P(w, `${s.unit} is not a co-building unit of ${p.rec.owner}`);
          if (['Rejected', 'Completed'].includes(p.status)) P(w, 'project is over');
          if ([...p.claims.values()].some(c => ['Pending', 'Confirmed'].includes(c.status))) P(w, 'project already claimed (exclusive)');
          p.claims.set(s.claim, { unit: s.unit, status: 'Pending' });
        } else if (['ConfirmProjectClaim', 'DeclineProjectClaim'].includes(verb)) {
          demand(op, manager, 'a secretary over the project');
          const c = p.claims.get(s.claim); if (!c) { P(w, `unknown claim ${s.claim}`); break; }
          if (c.status !== 'Pending') P(w, 'claim already decided');
          if (verb === 'DeclineProjectClaim') text(w, s.reason, 'reason', 500);
          c.status = verb === 'ConfirmProjectClaim' ? 'Confirmed' : 'Declined';
        } else if (verb === 'UpdateProjectProgress') {
          demand(op, manager || (p.rec.ownerUnits ?? []).some(u => contactOf(actor, u)), 'an owner unit contact or a secretary');
          if (p.status !== 'Approved') P(w, 'project not approved (立项) yet');
          if (!(Number.isInteger(s.percent) && s.percent >= 0 && s.percent <= 100)) P(w, 'percent 0..100');
          text(w, s.note, 'note', 1000);
        } else if (verb === 'CompleteProject') {
          demand(op, manager, 'a secretary over the project');
          if (p.status !== 'Approved') P(w, 'project not approved (立项) yet');
          p.status = 'Completed';
        } else { demand(op, manager, 'a secretary'); if (!['Draft', 'Deferred'].includes(p.status)) P(w, 'project no longer editable'); }
        break;
      }
      // ── Agreements ──
      case 'DraftAgreement': {
        if (!rec.key.startsWith('agreement:')) P(w, 'key should start with agreement:');
        const actor = by(op, false);
        if (!need(w, rec.organisation, ['org:'], 'organisation') || !need(w, rec.unit, ['unit:'], 'unit')) break;
        demand(op, secretaryOver(actor, rec.organisation) && coBuilding(rec.unit, rec.organisation), 'a secretary, with a co-building unit');
        text(w, rec.title, 'title', 100); text(w, rec.scope, 'scope', 5000);
        const st = time(w, rec.startsOn, { asDate: true }), en = time(w, rec.endsOn, { asDate: true });
        if (st && en && en.date <= st.date) P(w, 'endsOn must follow startsOn');
        if (en && en.date < chinaDate(op.t)) P(w, 'endsOn already past');
        for (const pr of rec.projects ?? []) need(w, pr, ['project:'], 'project');
        agreements.set(rec.key, { rec, endsOn: en?.date, signatures: new Set(), status: 'Draft' });
        created.set(rec.key, { kind: 'agreement', at: op.t });
        break;
      }
      case 'EditAgreement': case 'SignAgreement': case 'TerminateAgreement': {
        const a = agreements.get(rec.key); const actor = by(op, false); if (!a) break;
        const actsFor = side => side === 'Organisation' ? secretaryOver(actor, a.rec.organisation) : side === 'Unit' ? contactOf(actor, a.rec.unit) : false;
        if (verb === 'SignAgreement') {
          enumOk(w, 'AgreementSide', s.side, 'side');
          demand(op, actsFor(s.side), `acting for the ${s.side} side`);
          if (a.status !== 'Draft') P(w, 'agreement not a draft');
          if (a.signatures.has(s.side)) P(w, 'side already signed');
          if (a.endsOn && chinaDate(op.t) > a.endsOn) P(w, 'agreement term over');
          a.signatures.add(s.side);
          if (a.signatures.size === 2) a.status = 'Effective';
        } else if (verb === 'TerminateAgreement') {
          demand(op, actsFor('Organisation') || actsFor('Unit'), 'either side');
          if (a.status === 'Terminated') P(w, 'already terminated');
          text(w, s.reason, 'reason', 500); a.status = 'Terminated';
        } else { demand(op, actsFor('Organisation'), 'the organisation side'); if (a.signatures.size) P(w, 'signed agreements cannot be edited'); }
        break;
      }
      // ── Meetings ──
      case 'ScheduleMeeting': {
        if (!rec.key.startsWith('meeting:')) P(w, 'key should start with meeting:');
        const actor = by(op, true);
        if (!need(w, rec.committee, ['committee:'], 'committee')) break;
        const c = committees.get(rec.committee);
        demand(op, actor === 'system' || secretaryOver(actor, c.rec.organisation), 'a secretary over the committee');
        text(w, rec.title, 'title', 100); text(w, rec.place, 'place', 200);
        if (!(Number.isInteger(rec.cycleNumber) && rec.cycleNumber > 0)) P(w, 'cycleNumber must be > 0');
        const st = time(w, rec.startsAt), en = time(w, rec.endsAt);
        if (!st || !en) break;
        if (st.ms < op.t) P(w, 'startsAt before the scheduling moment');
        if (en.ms <= st.ms || en.ms - st.ms > 12 * HOUR) P(w, 'endsAt must follow startsAt within 12 hours');
        const period = periodKey(c.rec.cadence.kind, st.date);
        for (const [k, m] of meetings) if (m.committee === rec.committee) {
          if (st.ms < m.end && m.start < en.ms) P(w, `overlaps ${k}`);
          if (m.period === period) P(w, `same period ${period} as ${k}`);
        }
        const members = new Set([...c.members].filter(([, v]) => v.from <= op.t + DAY).map(([k]) => k));
        meetings.set(rec.key, { rec, committee: rec.committee, start: st.ms, end: en.ms, period, members, convener: c.rec.convener,
          org: c.rec.organisation, agenda: new Map(), decisions: new Map(), responses: new Map(), signIns: new Map(), minutes: 'None' });
        created.set(rec.key, { kind: 'meeting', at: op.t });
        break;
      }
      case 'AddAgendaItem': case 'RemoveAgendaItem': case 'RespondToInvitation': case 'SignIn': case 'RecordDecision': case 'DraftMinutes': case 'ApproveMinutes': case 'PublishMinutes': case 'RescheduleMeeting': case 'CancelMeeting': {
        const m = meetings.get(rec.key); const actor = by(op, verb === 'AddAgendaItem'); if (!m) break;
        const manager = secretaryOver(actor, m.org);
        const locked = ['Approved', 'Published'].includes(m.minutes);
        if (verb === 'AddAgendaItem') {
          demand(op, actor === 'system' || manager, 'the system or a secretary');
          if (typeof s.item !== 'string' || m.agenda.has(s.item)) P(w, `agenda item id "${s.item}" missing or repeated`);
          enumOk(w, 'AgendaItemKind', s.kind, 'kind'); text(w, s.title, 'title', 200);
          if (locked) P(w, 'minutes approved; agenda frozen');
          if (s.kind === 'Project') need(w, s.ref, ['project:'], 'ref');
          else if (s.kind === 'CarriedOverActionItem') {
            if (need(w, s.ref, ['action:'], 'ref') && !actions.get(s.ref)?.carriedTo.has(rec.key)) P(w, `${s.ref} was not carried over to this meeting before`);
          } else if (s.ref != null) P(w, 'a Free item has no ref');
          m.agenda.set(s.item, { kind: s.kind, ref: s.ref });
        } else if (verb === 'RespondToInvitation') {
          demand(op, m.members.has(actor), 'only invited committee members answer');
          enumOk(w, 'InvitationResponse', s.response, 'response');
          if (op.t >= m.start) P(w, 'meeting already started');
          if (s.response === 'Leave') text(w, s.reason, 'reason', 500);
          m.responses.set(actor, s.response);
        } else if (verb === 'SignIn') {
          if (!need(w, s.person, ['acct:', 'person:'], 'person')) break;
          if (!m.members.has(s.person)) P(w, `${s.person} is not a member of the committee`);
          const self = actor === s.person;
          demand(op, self || manager, 'self sign-in or a secretary');
          const open = self ? op.t >= m.start - 30 * MIN && op.t <= m.end : op.t >= m.start - 30 * MIN && !locked;
          if (!open) P(w, 'outside the sign-in window');
          m.signIns.set(s.person, op.t);
        } else if (verb === 'RecordDecision') {
          demand(op, manager, 'a secretary');
          if (!m.agenda.has(s.agendaItem)) P(w, `no agenda item ${s.agendaItem}`);
          enumOk(w, 'DecisionOutcome', s.outcome, 'outcome');
          if (op.t < m.start) P(w, 'meeting not started');
          if (locked) P(w, 'minutes approved');
          m.decisions.set(s.agendaItem, { outcome: s.outcome, at: op.t });
        } else if (verb === 'DraftMinutes') {
          demand(op, manager, 'a secretary'); text(w, s.text, 'text', 20000);
          if (op.t < m.start) P(w, 'meeting not started'); if (locked) P(w, 'minutes approved');
          m.minutes = 'Draft';
        } else if (verb === 'ApproveMinutes') {
          demand(op, actor === m.convener, 'only the convener approves minutes');
          if (m.minutes !== 'Draft') P(w, 'no draft minutes'); m.minutes = 'Approved';
        } else if (verb === 'PublishMinutes') {
          demand(op, manager || actor === m.convener, 'a secretary or the convener');
          if (m.minutes !== 'Approved') P(w, 'minutes not approved'); m.minutes = 'Published';
        } else {
          demand(op, manager, 'a secretary');
          if (op.t >= m.start) P(w, 'meeting already started');
          if (verb === 'CancelMeeting') { text(w, s.reason, 'reason', 500); m.cancelled = true; }
          else { const st = time(w, s.startsAt), en = time(w, s.endsAt); if (st && en) { m.start = st.ms; m.end = en.ms; } }
        }
        break;
      }
      // ── Action items ──
      case 'CreateActionItem': {
        if (!rec.key.startsWith('action:')) P(w, 'key should start with action:');
        const actor = by(op, false);
        if (!need(w, rec.meeting, ['meeting:'], 'meeting')) break;
        const m = meetings.get(rec.meeting);
        demand(op, secretaryOver(actor, m.org), 'a secretary over the committee');
        const d = m.decisions.get(rec.agendaItem);
        if (!d) P(w, `no decision on ${rec.agendaItem} yet`); else if (d.outcome === 'Rejected') P(w, 'a rejected item yields no action item');
        text(w, rec.title, 'title', 200);
        const o = rec.owner ?? {};
        enumOk(w, 'OwnerKind', o.kind, 'owner.kind');
        need(w, o.ref, o.kind === 'Unit' ? ['unit:'] : ['acct:', 'person:'], 'owner.ref');
        const due = time(w, rec.dueDate, { asDate: true });
        if (due && due.date < chinaDate(op.t)) P(w, 'dueDate before the day it is created');
        const rd = rec.remindDaysBefore ?? 3;
        if (!(Number.isInteger(rd) && rd >= 0 && rd <= 30)) P(w, 'remindDaysBefore 0..30');
        actions.set(rec.key, { rec, meeting: rec.meeting, org: m.org, due: due?.date, remindOn: due ? addDays(due.date, -rd) : null, status: 'Open', late: false, escalated: false, reminded: false, carriedTo: new Set(), review: null });
        created.set(rec.key, { kind: 'action', at: op.t });
        break;
      }
      case 'UpdateActionItemProgress': case 'CompleteActionItem': case 'DropActionItem': case 'SendActionItemReminder': case 'EscalateOverdueActionItem': case 'CarryOverActionItem': case 'ReviewActionItem': {
        const a = actions.get(rec.key); const actor = by(op, ['SendActionItemReminder', 'EscalateOverdueActionItem', 'CarryOverActionItem'].includes(verb)); if (!a) break;
        const today = chinaDate(op.t), supervisor = secretaryOver(actor, a.org);
        const owner = a.rec.owner?.kind === 'Unit' ? contactOf(actor, a.rec.owner.ref) : actor === a.rec.owner?.ref;
        if (['UpdateActionItemProgress', 'CompleteActionItem'].includes(verb)) {
          demand(op, owner || supervisor, 'the owner or a supervisor');
          if (a.status !== 'Open') P(w, `item is ${a.status}`);
          if (verb === 'UpdateActionItemProgress') { if (!(s.percent >= 0 && s.percent <= 100)) P(w, 'percent 0..100'); text(w, s.note, 'note', 1000); }
          else { a.status = 'Completed'; a.late = today > a.due; }
        } else if (verb === 'DropActionItem') {
          demand(op, supervisor, 'a supervisor'); if (a.status !== 'Open') P(w, `item is ${a.status}`); text(w, s.reason, 'reason', 500); a.status = 'Dropped';
        } else if (verb === 'SendActionItemReminder') {
          if (!(a.status === 'Open' && !a.reminded && today >= a.remindOn && today <= a.due)) P(w, 'no reminder is due then (the command would do nothing)');
          a.reminded = true;
        } else if (verb === 'EscalateOverdueActionItem') {
          if (!(a.status === 'Open' && today > a.due && !a.escalated)) P(w, 'item not overdue then (the command would do nothing)');
          a.escalated = true;
        } else if (verb === 'CarryOverActionItem') {
          demand(op, actor === 'system' || supervisor, 'the system or a supervisor');
          if (!need(w, s.targetMeeting, ['meeting:'], 'targetMeeting')) break;
          if (s.targetMeeting === a.meeting) P(w, 'cannot carry over to its own meeting');
          if (a.status !== 'Open') P(w, 'only open items are carried over');
          a.carriedTo.add(s.targetMeeting);
        } else {
          demand(op, supervisor, 'a supervisor');
          need(w, s.reviewMeeting, ['meeting:'], 'reviewMeeting');
          if (!(Number.isInteger(s.satisfaction) && s.satisfaction >= 1 && s.satisfaction <= 5)) P(w, 'satisfaction 1..5');
          if (a.review) P(w, 'already reviewed');
          if (a.status === 'Completed') a.review = a.late ? 'Late' : 'Done';
          else if (a.status === 'Dropped') a.review = 'Dropped';
          else if (today > a.due) a.review = 'Late';
          else P(w, 'item still within its time limit; nothing to review');
        }
        break;
      }
      // ── Micro-wishes ──
      case 'SubmitWish': {
        if (!rec.key.startsWith('wish:')) P(w, 'key should start with wish:');
        const actor = by(op, false);
        if (!need(w, rec.community, ['org:'], 'community')) break;
        if (orgs.get(rec.community).kind !== 'Community') P(w, 'a wish belongs to a community');
        demand(op, secretaryOver(actor, rec.community), 'community staff enter wishes');
        enumOk(w, 'WishCategory', rec.category, 'category');
        text(w, rec.title, 'title', 50); text(w, rec.description, 'description', 1000);
        const v = rec.estimatedValue;
        if (typeof v !== 'number' || v < 0 || v > 1000 || Math.round(v * 100) !== v * 100) P(w, 'estimatedValue must be 0..1000 with at most 2 decimals');
        const r = rec.resident ?? {};
        text(w, r.name, 'resident.name', 20); text(w, r.address, 'resident.address', 200);
        if (!PHONE.test(r.phone ?? '')) P(w, 'resident.phone is not a phone number');
        if (rec.grid && need(w, rec.grid, ['org:'], 'grid') && orgs.get(rec.grid).parent !== rec.community) P(w, 'grid not in the community');
        if (rec.building && need(w, rec.building, ['org:'], 'building') && orgs.get(rec.building).parent !== rec.grid) P(w, 'building not in the grid');
        if (rec.expect) enumOk(w, 'WishStatus', rec.expect, 'expect');
        wishes.set(rec.key, { rec, status: 'Submitted', widened: !!rec.widenToStreet, claimant: null, due: null });
        created.set(rec.key, { kind: 'wish', at: op.t });
        break;
      }
      case 'ReviewWish': case 'PublishWish': case 'ClaimWish': case 'ReleaseWish': case 'FulfilWish': case 'ConfirmWish': case 'DisputeWish': case 'WidenWish': case 'CancelWish': case 'RemindClaim': case 'ExpireClaim': {
        const x = wishes.get(rec.key); const actor = by(op, ['RemindClaim', 'ExpireClaim'].includes(verb)); if (!x) break;
        const manage = () => demand(op, secretaryOver(actor, x.rec.community), 'community staff');
        const from = (...st) => { if (!st.includes(x.status)) P(w, `wish is ${x.status}, needs ${st.join('/')}`); };
        const release = () => { if (x.claimant) openClaims.set(x.claimant, (openClaims.get(x.claimant) ?? 1) - 1); };
        switch (verb) {
          case 'ReviewWish': manage(); from('Submitted'); if (s.approve) x.status = 'Published'; else { text(w, s.reason, 'reason', 200); x.status = 'Rejected'; } break;
          case 'PublishWish': manage(); from('Submitted'); x.status = 'Published'; if (s.widenToStreet) x.widened = true; break;
          case 'ClaimWish': {
            from('Published');
            demand(op, reportingCovers(actor, x.rec.community, x.widened), 'an approved reporting member of the community (or the street when widened)');
            const n = openClaims.get(actor) ?? 0;
            if (n >= 3) P(w, `${actor} already holds ${n} open claims (limit 3)`);
            openClaims.set(actor, n + 1);
            x.status = 'Claimed'; x.claimant = actor; x.due = op.t + 7 * DAY; x.reminded = false; break;
          }
          case 'ReleaseWish': from('Claimed'); demand(op, actor === x.claimant, 'the claimant'); release(); x.status = 'Published'; x.claimant = null; break;
          case 'FulfilWish': from('Claimed'); demand(op, actor === x.claimant, 'the claimant'); text(w, s.note, 'note', 500);
            if (!Array.isArray(s.photos) || s.photos.length > 6) P(w, 'photos must be an array of at most 6'); release(); x.status = 'Fulfilled'; break;
          case 'ConfirmWish': manage(); from('Fulfilled'); if (!(Number.isInteger(s.rating) && s.rating >= 1 && s.rating <= 5)) P(w, 'rating 1..5'); text(w, s.thanks, 'thanks', 500); x.status = 'Closed'; break;
          case 'DisputeWish': manage(); from('Fulfilled'); text(w, s.reason, 'reason', 200); openClaims.set(x.claimant, (openClaims.get(x.claimant) ?? 0) + 1); x.status = 'Claimed'; x.due = op.t + 7 * DAY; break;
          case 'WidenWish': manage(); from('Published', 'Claimed'); x.widened = true; break;
          case 'CancelWish': manage(); from('Published', 'Claimed'); text(w, s.reason, 'reason', 200); if (x.status === 'Claimed') release(); x.status = 'Cancelled'; break;
          case 'RemindClaim': from('Claimed'); if (!(op.t >= x.due - DAY && op.t < x.due && !x.reminded)) P(w, 'no reminder due then'); x.reminded = true; break;
          case 'ExpireClaim': from('Claimed'); if (op.t < x.due) P(w, 'claim not overdue then'); release(); x.status = 'Published'; x.claimant = null; break;
        }
        break;
      }
      // ── Volunteer posts ──
      case 'PublishVolunteerPost': {
        if (!rec.key.startsWith('post:')) P(w, 'key should start with post:');
        const actor = by(op, false);
        if (!need(w, rec.community, ['org:'], 'community')) break;
        demand(op, secretaryOver(actor, rec.community), 'community staff publish posts');
        enumOk(w, 'VolunteerPostCategory', rec.category, 'category');
        text(w, rec.title, 'title', 50); text(w, rec.place, 'place', 100);
        if (rec.description != null && rec.description.length > 1000) P(w, 'description longer than 1000');
        if (!(Number.isInteger(rec.slots) && rec.slots >= 1 && rec.slots <= 500)) P(w, 'slots 1..500');
        const st = time(w, rec.startsAt), en = time(w, rec.endsAt);
        if (!st || !en) break;
        if (st.ms <= op.t) P(w, 'startsAt must be after publishing');
        if (en.ms <= st.ms || en.ms - st.ms > 24 * HOUR) P(w, 'endsAt must follow startsAt within 24 hours');
        posts.set(rec.key, { rec, start: st.ms, end: en.ms, holders: new Map(), closed: false });
        created.set(rec.key, { kind: 'post', at: op.t });
        break;
      }
      case 'ClaimVolunteerSlot': case 'CancelVolunteerSlot': case 'CheckInVolunteer': case 'CheckOutVolunteer': case 'MarkVolunteerNoShow': case 'CloseVolunteerPost': {
        const p = posts.get(rec.key); const actor = by(op, false); if (!p) break;
        const slot = p.holders.get(actor);
        if (verb === 'ClaimVolunteerSlot') {
          demand(op, reportingCovers(actor, p.rec.community, !!p.rec.widenToStreet), 'an approved reporting member of the community (or the street when widened)');
          if (p.closed) P(w, 'post closed'); if (op.t >= p.start) P(w, 'post already started');
          if (slot) P(w, 'already holds a slot');
          if (p.holders.size >= p.rec.slots) P(w, 'post full');
          p.holders.set(actor, { in: null, out: null, noShow: false });
        } else if (verb === 'CancelVolunteerSlot') {
          if (!slot) { P(w, 'holds no slot'); break; } if (op.t >= p.start) P(w, 'post already started'); p.holders.delete(actor);
        } else if (verb === 'CheckInVolunteer') {
          if (!slot) { P(w, 'holds no slot'); break; }
          if (slot.in) P(w, 'already checked in'); if (p.closed) P(w, 'post closed');
          if (op.t < p.start - 30 * MIN || op.t > p.start + 60 * MIN) P(w, 'outside the check-in window (30 min before to 60 min after the start)');
          slot.in = op.t;
        } else if (verb === 'CheckOutVolunteer') {
          if (!slot?.in) { P(w, 'not checked in'); break; } if (slot.out) P(w, 'already checked out'); slot.out = op.t;
        } else if (verb === 'MarkVolunteerNoShow') {
          demand(op, secretaryOver(actor, p.rec.community), 'community staff');
          const h = p.holders.get(s.member);
          if (op.t < p.end) P(w, 'post not over yet');
          if (!h) P(w, `${s.member} holds no slot`); else if (h.in) P(w, 'member checked in'); else h.noShow = true;
        } else {
          demand(op, secretaryOver(actor, p.rec.community), 'community staff'); if (p.closed) P(w, 'already closed'); p.closed = true;
        }
        break;
      }
      default:
        P(w, `no rule for ${verb}`);
    }
  }

  // ── end state: expectations and the API.md demo accounts ──
  for (const [k, x] of wishes) {
    if (x.rec.expect && x.rec.expect !== x.status) P(`MicroWishes#${k}`, `ends ${x.status}, expected ${x.rec.expect}`);
    if (x.status === 'Claimed' && x.due <= now) P(`MicroWishes#${k}`, 'claim would already be overdue at load (the expiry job releases it at once)');
  }
  const acct = l => accounts.get(`acct:${l}`);
  const scopeOf = (l, role) => acct(l)?.roles.find(r => r.role === role)?.scope;
  const district = scopeOf('demo-admin', 'DistrictAdmin');
  const street = scopeOf('demo-street', 'StreetSecretary');
  const community = scopeOf('demo-community', 'CommunitySecretary');
  const unit = scopeOf('demo-unit', 'UnitContact');
  if (!district) P('API.md', 'demo-admin must be a DistrictAdmin');
  if (!street || orgs.get(street)?.parent !== district) P('API.md', 'demo-street must be StreetSecretary of a street of the demo district');
  if (!community || orgs.get(community)?.parent !== street) P('API.md', 'demo-community must be CommunitySecretary of a community of the demo street');
  if (!unit || unitApproved.get(unit) !== community) P('API.md', 'demo-unit must be UnitContact of a unit reported (approved) to the demo community');
  for (const l of ['demo-member', ...[2, 3, 4, 5, 6, 7, 8, 9].map(i => `demo-member${i}`)]) {
    if (!acct(l)?.roles.some(r => r.role === 'Member' && r.scope === community) || memberApproved.get(`acct:${l}`) !== community)
      P('API.md', `${l} must be a Member reported (approved) to the demo community`);
    else if (acct(l).rec.email !== `${l}@jointmeeting.test`) P('API.md', `${l} should have the email ${l}@jointmeeting.test`);
  }

  // ── figures ──
  const kindCount = k => [...orgs.values()].filter(o => o.kind === k).length;
  const count = (arr, f) => arr.reduce((m, x) => { const k = f(x); m[k] = (m[k] ?? 0) + 1; return m; }, {});
  const demoStreet = street;
  const meetingList = [...meetings.entries()].map(([k, m]) => ({ key: k, committee: m.committee, past: m.end <= now, upcoming: m.start > now,
    complete: m.minutes === 'Published' && m.decisions.size > 0 && m.signIns.size > 0, leaves: [...m.responses.values()].filter(r => r === 'Leave').length }));
  const actionList = [...actions.values()];
  const stats = {
    organisations: orgs.size,
    communitiesOfDemoStreet: [...orgs.values()].filter(o => o.kind === 'Community' && o.parent === demoStreet).length,
    cooperativesOfDemoStreet: [...orgs.values()].filter(o => o.kind === 'EconomicCooperative' && o.parent === demoStreet).length,
    grids: kindCount('Grid'), buildings: kindCount('Building'),
    gridsPerCommunity: count([...orgs.values()].filter(o => o.kind === 'Grid'), o => o.parent),
    units: kindCount('ResidentUnit'),
    unitKinds: [...new Set([...orgs.values()].filter(o => o.kind === 'ResidentUnit').map(o => o.rec.unit?.kind))],
    unitReports: count([...unitReports.values()], r => r.status),
    memberReports: count([...memberReports.values()], r => r.status),
    accounts: accounts.size,
    committees: [...committees.values()].map(c => ({ key: c.rec.key, level: c.rec.level, cadence: c.rec.cadence.kind, partTime: (c.rec.partTimeMembers ?? []).length, standing: (c.rec.standingMembers ?? []).length })),
    wishes: wishes.size, wishStates: count([...wishes.values()], x => x.status),
    wishDueWithinDays: Math.min(...[...wishes.values()].filter(x => x.status === 'Claimed').map(x => (x.due - now) / DAY)),
    wishMaxValueNotRejected: Math.max(...[...wishes.values()].filter(x => x.status !== 'Rejected').map(x => x.rec.estimatedValue)),
    posts: posts.size,
    postSlotsClaimed: [...posts.values()].reduce((n, p) => n + p.holders.size, 0),
    postCheckOuts: [...posts.values()].reduce((n, p) => n + [...p.holders.values()].filter(h => h.out).length, 0),
    needs: needs.size, needCategories: [...new Set([...needs.values()].map(n => n.rec.category))], needUrgencies: [...new Set([...needs.values()].map(n => n.rec.urgency))],
    needStates: count([...needs.values()], n => n.status),
    resources: resources.size, resourceKinds: [...new Set([...resources.values()].map(r => r.rec.kind))],
    projects: projects.size, projectStates: count([...projects.values()], p => p.status),
    claimStates: {
      need: count([...needs.values()].flatMap(n => [...n.claims.values()]), c => c.status),
      project: count([...projects.values()].flatMap(p => [...p.claims.values()]), c => c.status),
      resource: count([...resources.values()].flatMap(r => [...r.claims.values()]), c => c.status),
    },
    agreementStates: count([...agreements.values()], a => a.status),
    meetings: meetingList,
    actionItems: actionList.length,
    actionStates: count(actionList, a => a.status === 'Completed' ? (a.late ? 'CompletedLate' : 'Completed') : a.status === 'Open' && a.due < chinaDate(now) ? 'Overdue' : a.status),
    actionCarriedOver: actionList.filter(a => a.carriedTo.size > 0).length,
    actionReviews: count(actionList.filter(a => a.review), a => a.review),
  };
  return { problems, stats, timeline: ops.map(o => ({ at: Number.isFinite(o.t) ? new Date(o.t).toISOString() : null, do: o.verb, where: o.where })) };
}

export function periodKey(kind, date) {
  const [y, m] = date.split('-').map(Number);
  if (kind === 'Quarterly') return `${y}-Q${Math.floor((m - 1) / 3) + 1}`;
  if (kind === 'Monthly' || kind === 'EveryNMonths') return `${y}-${String(m).padStart(2, '0')}`;
  const d = new Date(`${date}T00:00:00Z`); const day = (d.getUTCDay() + 6) % 7; d.setUTCDate(d.getUTCDate() - day + 3);
  const wk = 1 + Math.round((d - Date.UTC(d.getUTCFullYear(), 0, 4)) / (7 * DAY) - ((new Date(Date.UTC(d.getUTCFullYear(), 0, 4)).getUTCDay() + 6) % 7 - 3) / 7);
  return `${d.getUTCFullYear()}-W${String(wk).padStart(2, '0')}`;
}

function addDays(date, n) { return new Date(Date.parse(`${date}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10); }

/** Load moments spread over a year and over the day, for checking that the relative times hold whatever the date. */
export function sweepMoments(start = Date.now(), { days = 366, times = ['00:05', '08:30', '23:55'] } = {}) {
  const out = [];
  const base = Date.parse(`${chinaDate(start)}T00:00:00+08:00`);
  for (let i = 0; i < days; i++) {
    const t = times[i % times.length].split(':').map(Number);
    out.push(base + i * DAY + t[0] * HOUR + t[1] * MIN);
  }
  return out;
}

// ───────────────────────────── CLI ─────────────────────────────

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const domain = readDomain(), seeds = loadSeeds();
  const nowArg = args.includes('--now') ? Date.parse(args[args.indexOf('--now') + 1]) : Date.now();
  if (Number.isNaN(nowArg)) { console.error('bad --now'); process.exit(2); }
  const moments = args.includes('--sweep') ? sweepMoments(nowArg) : [nowArg];
  let bad = 0, stats;
  for (const now of moments) {
    const r = check({ now, domain, seeds });
    stats ??= r.stats;
    if (r.problems.length) {
      bad++;
      console.log(`✗ load moment ${new Date(now + CHINA).toISOString().slice(0, 16).replace('T', ' ')} (China time): ${r.problems.length} problem(s)`);
      for (const p of r.problems.slice(0, 40)) console.log(`  - ${p}`);
      if (bad >= 3) break;
    }
  }
  if (args.includes('--stats')) console.log(JSON.stringify(stats, null, 2));
  if (!bad) console.log(`✓ seeds consistent (${moments.length} load moment${moments.length > 1 ? 's' : ''}, ${relative(process.cwd(), here) || '.'})`);
  process.exit(bad ? 1 : 0);
}
