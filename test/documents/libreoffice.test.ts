// Opens every document in LibreOffice (headless) and prints it to PDF: a document LibreOffice
// cannot open fails here. The PDF's text shows the pages as a reader sees them.
// CI installs LibreOffice and poppler-utils, so there the test fails rather than skips without them.
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Document } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildActionListDocument } from '../../electron/core/documents/actionList.ts';
import { buildCommitteeReportDocument } from '../../electron/core/documents/committeeReport.ts';
import { buildExtractDocument } from '../../electron/core/documents/extract.ts';
import { buildNoticeDocument } from '../../electron/core/documents/notice.ts';
import { packDocument } from '../../electron/core/documents/pack.ts';
import { buildProtocolDocument } from '../../electron/core/documents/protocol.ts';
import { actionListModel, actionRows, approvedCopy, corrections, extractModel, noticeModel, protocolModel } from './fixtures.ts';

const runs = (command: string, args: string[]) => !spawnSync(command, args, { stdio: 'ignore', timeout: 60_000 }).error;
const available = runs('soffice', ['--version']) && runs('pdftotext', ['-v']);
const inCi = Boolean(process.env.CI);
const timeout = 120_000;

let dir = '';
let profile = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'protokollet-lo-'));
  // Its own LibreOffice profile, so parallel runs never share (and lock) one.
  profile = join(tmpdir(), `lo-${randomUUID()}`);
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(profile, { recursive: true, force: true });
});

/** Converts the documents to PDF and returns each one's pages as text. */
async function printed(docs: Record<string, Document>): Promise<Record<string, string[]>> {
  if (!available) throw new Error('LibreOffice (soffice) and pdftotext are required in CI: install libreoffice-writer-nogui and poppler-utils in .ci/run.');
  const files: string[] = [];
  for (const [name, doc] of Object.entries(docs)) {
    const file = join(dir, `${name}.docx`);
    writeFileSync(file, await packDocument(doc));
    files.push(file);
  }
  const result = spawnSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...files], {
    encoding: 'utf8',
    timeout,
  });
  const pages: Record<string, string[]> = {};
  for (const name of Object.keys(docs)) {
    const pdf = join(dir, `${name}.pdf`);
    expect(existsSync(pdf), `LibreOffice did not produce ${name}.pdf: ${result.stderr}`).toBe(true);
    const text = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout;
    pages[name] = text.split('\f').filter((page) => page.trim() !== '');
  }
  return pages;
}

/** Every page says "Sida k (n)" with the right k and n. */
function expectPageNumbers(pages: readonly string[]): void {
  pages.forEach((page, i) => expect(page).toContain(`Sida ${i + 1} (${pages.length})`));
}

describe.skipIf(!available && !inCi)('documents in LibreOffice', () => {
  it(
    'prints the protocol, with UTKAST on every page of the draft and the sign boxes on every page',
    async () => {
      const { approved, draft } = await printed({
        approved: buildProtocolDocument(protocolModel()),
        draft: buildProtocolDocument(protocolModel({ status: 'draft' })),
      });
      expect(draft!.length).toBeGreaterThan(1);
      expectPageNumbers(draft!);
      expectPageNumbers(approved!);
      for (const page of draft!) {
        expect(page).toContain('UTKAST');
        expect(page).toContain('Justerandes sign');
        expect(page).toContain('Utdragsbestyrkande');
      }
      const all = approved!.join('\n');
      for (const expected of ['Protokoll', '§ 12 Skolsociala team – fortsatt arbete', 'Åsa Öström', 'kl. 13.00–15.00', 'Vid protokollet', 'Justeras', 'Protokollet justerades 18 juni 2025.']) {
        expect(all).toContain(expected);
      }
      expect(all).not.toContain('UTKAST');
    },
    timeout,
  );

  it(
    'prints the extract, the notice and the action list',
    async () => {
      const { extract, notice, actions } = await printed({
        extract: buildExtractDocument(extractModel()),
        notice: buildNoticeDocument(noticeModel()),
        actions: buildActionListDocument(actionListModel()),
      });
      for (const pages of [extract!, notice!, actions!]) expectPageNumbers(pages);
      expect(extract!.join('\n')).toContain('Utdrag ur protokoll');
      expect(extract!.join('\n')).toContain('Rätt utdraget intygar');
      expect(notice!.join('\n')).toContain('Kallelse med dagordning');
      expect(notice!.join('\n')).toContain('Uppdrag som följs upp');
      expect(actions!.join('\n')).toContain('Åtgärdslista');
      expect(actions!.join('\n')).toContain('Senaste uppföljning');
      expect(actions!.join('\n')).toContain('Försenad');
    },
    timeout,
  );

  // Dashboard and committee report
  it(
    'prints the committee report, with the certified extracts of its appendix each on a page of its own',
    async () => {
      const treated = [{ date: '2025-05-21', groupName: 'Styrgruppen skola–socialtjänst', sectionNumbers: [12], approved: true }];
      const { report } = await printed({
        report: buildCommitteeReportDocument({
          committeeName: 'Socialnämnden',
          from: '2025-01-01',
          to: '2025-12-31',
          decisions: [
            { groupName: 'Styrgruppen skola–socialtjänst', meetingDate: '2025-06-12', sectionNumber: 12, itemTitle: 'Skolsociala team – fortsatt arbete', text: 'Styrgruppen beslutar att förlänga projektet.', approved: true },
            { groupName: 'Omlottgruppen', meetingDate: '2025-09-03', sectionNumber: 30, itemTitle: 'Budget', text: null, approved: false },
          ],
          actions: actionRows,
          overdue: [actionRows[0]!],
          mandates: [{ title: 'Etablera skolsociala team', source: 'KF 2023-06-14 § 99', status: 'active', reportBackDate: '2026-01-16', reportBackTo: 'Socialnämnden', treatments: treated }],
          goals: [{ title: 'Minskad skolfrånvaro', indicator: 'Andel elever med mer än 15 % frånvaro', treatments: [] }],
          extracts: [{ copy: approvedCopy(), corrections: corrections(), sections: [12] }],
          producedBy: { name: 'Maja Persson', title: 'nämndsekreterare' },
          producedOn: '2025-12-20',
        }),
      });
      expectPageNumbers(report!);
      const all = report!.join('\n');
      for (const expected of ['Rapport till nämnd', 'Ej justerat', 'Försenade uppdrag', 'Nämndens uppdrag', 'Bilaga: Protokollsutdrag', 'Rätt utdraget intygar']) expect(all).toContain(expected);
      // The appendix starts on a new page, and so does its extract.
      const appendixPage = report!.findIndex((page) => page.includes('Bilaga: Protokollsutdrag'));
      expect(appendixPage).toBeGreaterThan(0);
      expect(report![appendixPage]).not.toContain('Behandlade mål');
      expect(report![appendixPage + 1]).toContain('Utdrag ur protokoll');
    },
    timeout,
  );
});
