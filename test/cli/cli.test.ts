// The CLI as a user runs it: a separate process under the project's Node 24, on a temp folder.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { groupKinds, meetingStatuses, organisationKinds } from '../../shared/contract/index.ts';
import { openTestCore, tempDir } from '../helpers/core.ts';

const root = path.resolve(import.meta.dirname, '..', '..');
const nodeBinary = path.join(root, 'node_modules', '.bin', 'node');

type Run = { code: number | null; stdout: string; stderr: string };

function cli(...args: string[]): Run {
  const result = spawnSync(nodeBinary, ['electron/cli/main.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 30_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The same, without blocking: several runs can go in parallel. */
function cliAsync(...args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(nodeBinary, ['electron/cli/main.ts', ...args], { cwd: root });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

function json<T>(run: Run): T {
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as T;
}

type MeetingRow = { id: string; groupId: string; groupName: string; date: string; status: string; sections: unknown[] };

const withoutIds = (meetings: MeetingRow[]) =>
  meetings.map((m) => ({ groupName: m.groupName, date: m.date, status: m.status, sections: m.sections }));

describe('cli', { timeout: 60_000 }, () => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = path.join(tempDir('protokollet-cli-'), 'data');
    const run = cli('demo', '--data-dir', dataDir, '--seed', '4', '--today', '2026-03-10');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
    expect(run.stdout).toMatch(/^Demodata inläst i .+: 3 grupper och \d+ möten \(slumpfrö 4, utgångsdatum 2026-03-10\)\.\n$/);
  }, 60_000);

  it('prints Swedish help and exits 0', () => {
    const run = cli('--help');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Användning');
    for (const word of ['demo', 'list', '--data-dir', '--force', '--seed', '--today', '--json', '--group']) expect(run.stdout).toContain(word);
    expect(cli('list', '--help').code).toBe(0);
  });

  it('exits 2 on wrong usage, with a Swedish message on stderr', async () => {
    const cases = [
      ['bogus'],
      [],
      ['list'],
      ['list', 'people'],
      ['list', 'meetings', '--bogus'],
      ['list', 'meetings', '--data-dir'],
      ['list', 'meetings', '--status', 'klar'],
      ['list', 'groups', '--group', 'x'],
      ['demo', '--data-dir', dataDir, '--seed', 'abc'],
      ['demo', '--data-dir', dataDir, '--today', '2026-02-30'],
    ];
    const runs = await Promise.all(cases.map((args) => cliAsync(...args)));
    runs.forEach((run, i) => {
      const label = cases[i]!.join(' ');
      expect(run.code, label).toBe(2);
      expect(run.stdout, label).toBe('');
      expect(run.stderr, label).toMatch(/^[A-ZÅÄÖ].*\n.*--help/);
    });
    expect(runs[0]!.stderr).toContain('Okänt kommando: bogus');
    expect(runs[5]!.stderr).toContain('Flaggan --data-dir behöver ett värde');
  });

  it('uses the same default data folder as npm start when --data-dir is left out', () => {
    const home = tempDir();
    const env = { ...process.env, XDG_DATA_HOME: home, INIT_CWD: root };
    const run = (...args: string[]) => spawnSync(nodeBinary, ['electron/cli/main.ts', ...args], { cwd: root, encoding: 'utf8', env, timeout: 30_000 });
    const demo = run('demo', '--seed', '2', '--today', '2026-03-10');
    expect(demo.stderr).toBe('');
    expect(demo.status).toBe(0);
    expect(fs.existsSync(path.join(home, 'protokollet', 'protokollet.sqlite'))).toBe(true);
    expect(JSON.parse(run('list', 'groups', '--json').stdout)).toHaveLength(3);
  });

  it('lists groups as JSON', () => {
    const groups = json<{ id: string; name: string; kind: string; parentGroupId: string | null }[]>(cli('list', 'groups', '--data-dir', dataDir, '--json'));
    expect(groups).toHaveLength(3);
    for (const group of groups) {
      expect(group.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(groupKinds).toContain(group.kind);
    }
    const steering = groups.find((g) => g.name === 'Styrgruppen för skola och socialtjänst');
    expect(groups.find((g) => g.name === 'Omlottgruppen')).toMatchObject({ kind: 'operative', parentGroupId: steering?.id });
  });

  it('lists organisations as JSON', () => {
    const organisations = json<{ id: string; name: string; kind: string }[]>(cli('list', 'organisations', '--data-dir', dataDir, '--json'));
    expect(organisations.length).toBeGreaterThanOrEqual(5);
    for (const organisation of organisations) {
      expect(organisation).toMatchObject({ id: expect.any(String), name: expect.any(String) });
      expect(organisationKinds).toContain(organisation.kind);
    }
    expect(new Set(organisations.map((o) => o.kind))).toEqual(new Set(organisationKinds));
  });

  it('lists meetings as JSON with status codes and § numbers as integers in order', () => {
    const meetings = json<MeetingRow[]>(cli('list', 'meetings', '--data-dir', dataDir, '--json'));
    expect(meetings.length).toBeGreaterThanOrEqual(20);
    for (const meeting of meetings) {
      expect(meeting).toMatchObject({ id: expect.any(String), groupId: expect.any(String), groupName: expect.any(String) });
      expect(meeting.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(meetingStatuses).toContain(meeting.status);
      expect(meeting.sections.every((n) => Number.isInteger(n))).toBe(true);
      const numbers = meeting.sections as number[];
      expect(numbers).toEqual(numbers.map((_, i) => (numbers[0] ?? 0) + i));
      if (meeting.status === 'planned' || meeting.status === 'cancelled') expect(meeting.sections).toEqual([]);
      else expect(meeting.sections.length).toBeGreaterThan(5);
    }
    expect(new Set(meetings.map((m) => m.status))).toEqual(new Set(meetingStatuses));
  });

  it('filters meetings by group name or id, and by status', () => {
    const all = json<MeetingRow[]>(cli('list', 'meetings', '--data-dir', dataDir, '--json'));
    const byName = json<MeetingRow[]>(cli('list', 'meetings', '--data-dir', dataDir, '--json', '--group', 'Omlottgruppen'));
    expect(byName.length).toBeGreaterThan(0);
    expect(byName.every((m) => m.groupName === 'Omlottgruppen')).toBe(true);
    expect(byName).toEqual(all.filter((m) => m.groupName === 'Omlottgruppen'));
    const byId = json<MeetingRow[]>(cli('list', 'meetings', '--data-dir', dataDir, '--json', '--group', byName[0]!.groupId));
    expect(byId).toEqual(byName);
    const planned = json<MeetingRow[]>(cli('list', 'meetings', '--data-dir', dataDir, '--json', '--status', 'planned'));
    expect(planned.length).toBeGreaterThan(0);
    expect(planned.every((m) => m.status === 'planned')).toBe(true);
    const missing = cli('list', 'meetings', '--data-dir', dataDir, '--group', 'Finns inte');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('Det finns ingen grupp');
  });

  it('exports Word documents through the contract and logs each sending', async () => {
    const approved = json<MeetingRow[]>(cli('list', 'meetings', '--data-dir', dataDir, '--json', '--status', 'approved', '--group', 'Omlottgruppen'))[0]!;
    const out = tempDir('protokollet-cli-export-');
    const refused = cli('export', 'protocol', '--data-dir', dataDir, '--meeting', approved.id, '--out', out);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('--as');

    const as = ['--as', 'Sara Lind', '--title', 'Nämndsekreterare'];
    const protocol = cli('export', 'protocol', '--data-dir', dataDir, '--group', 'Omlottgruppen', '--date', approved.date, '--out', out, ...as);
    expect(protocol.stderr).toBe('');
    expect(protocol.code).toBe(0);
    const file = path.join(out, `Protokoll Omlottgruppen ${approved.date}.docx`);
    expect(protocol.stdout).toBe(`Sparade ${file}\n`);
    expect(fs.readFileSync(file).subarray(0, 2).toString()).toBe('PK'); // a zip, as .docx is

    const first = (approved.sections as number[])[0]!;
    const extract = cli('export', 'extract', '--data-dir', dataDir, '--meeting', approved.id, '--sections', `${first}-${first + 1}`, '--out', out, ...as);
    expect(extract.code).toBe(0);
    expect(extract.stdout).toMatch(/Sparade .*Protokollsutdrag Omlottgruppen .* § \d+/);

    const actions = cli('export', 'actions', '--data-dir', dataDir, '--group', 'Omlottgruppen', '--overdue', '--out', out, ...as);
    expect(actions.code).toBe(0);
    expect(fs.readdirSync(out).some((name) => name.startsWith('Åtgärdslista Omlottgruppen'))).toBe(true);

    const core = await openTestCore({ dataDir, withUser: false });
    try {
      const log = await core.value('expediering.list', { meetingId: approved.id });
      expect(log.map((e) => [e.documentKind, e.sentByName])).toContainEqual(['protocol', 'Sara Lind']);
      expect(log.filter((e) => e.documentKind === 'extract').length).toBeGreaterThan(0);
    } finally {
      core.close();
    }
  });

  it('refuses wrong export usage with exit code 2', () => {
    expect(cli('export', '--data-dir', dataDir).stderr).toContain('protocol, extract, notice eller actions');
    expect(cli('export', 'extract', '--data-dir', dataDir, '--meeting', 'x').code).toBe(2);
    expect(cli('export', 'extract', '--data-dir', dataDir, '--meeting', 'x', '--sections', '5-3').stderr).toContain('3,5-7');
    expect(cli('export', 'notice', '--data-dir', dataDir, '--public').stderr).toContain('--public');
    expect(cli('export', 'protocol', '--data-dir', dataDir).stderr).toContain('--group och --date');
  });

  it('prints readable Swedish tables without --json', () => {
    const meetings = cli('list', 'meetings', '--data-dir', dataDir, '--group', 'Omlottgruppen');
    expect(meetings.code).toBe(0);
    expect(meetings.stdout).toMatch(/^Datum\s+Tid\s+Grupp\s+Status\s+Paragrafer\s+Plats\n/);
    expect(meetings.stdout).toMatch(/Justerat\s+§§ 1–\d+/);
    expect(meetings.stdout).toContain('Planerat');
    expect(meetings.stdout).toMatch(/\d+ möten\n$/);
    const organisations = cli('list', 'organisations', '--data-dir', dataDir);
    expect(organisations.stdout).toContain('Förvaltning');
    expect(cli('list', 'groups', '--data-dir', dataDir).stdout).toContain('Styrgrupp');
  });

  it('refuses a folder that holds data without --force, and replaces it with --force', () => {
    const before = json<MeetingRow[]>(cli('list', 'meetings', '--data-dir', dataDir, '--json'));
    const refused = cli('demo', '--data-dir', dataDir, '--seed', '4', '--today', '2026-03-10');
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toContain('--force');
    expect(json<MeetingRow[]>(cli('list', 'meetings', '--data-dir', dataDir, '--json'))).toEqual(before);

    const forced = cli('demo', '--data-dir', dataDir, '--force', '--seed', '4', '--today', '2026-03-10');
    expect(forced.code).toBe(0);
    const after = json<MeetingRow[]>(cli('list', 'meetings', '--data-dir', dataDir, '--json'));
    // The same seed and date give the same meetings, under new ids.
    expect(withoutIds(after)).toEqual(withoutIds(before));
    expect(after.map((m) => m.id)).not.toEqual(before.map((m) => m.id));
  });

  it('fills a folder whose database is still empty, and fails clearly without a database', () => {
    const empty = tempDir('protokollet-cli-empty-');
    const missing = cli('list', 'groups', '--data-dir', empty);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('innehåller ingen databas');
    expect(fs.readdirSync(empty)).toEqual([]); // listing never creates a database
    const run = cli('demo', '--data-dir', empty);
    expect(run.code).toBe(0);
    expect(json<unknown[]>(cli('list', 'groups', '--data-dir', empty, '--json'))).toHaveLength(3);
  });

  it('treats a database without data as empty', async () => {
    const dir = tempDir('protokollet-cli-emptydb-');
    (await openTestCore({ dataDir: dir })).close(); // schema and a user, but no data
    expect(json<unknown[]>(cli('list', 'meetings', '--data-dir', dir, '--json'))).toEqual([]);
    expect(cli('list', 'meetings', '--data-dir', dir).stdout).toBe('Det finns inga möten som matchar.\n');
    const run = cli('demo', '--data-dir', dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });
});
