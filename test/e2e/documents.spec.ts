// Word documents from the meeting page, by keyboard: the approved protocol and certified
// extracts per recipient are downloaded as real .docx files (read back here), and the meeting's
// expediering log shows each sending. The extract dialog is axe-scanned.
import type { Download, Page } from '@playwright/test';
import JSZip from 'jszip';
import fs from 'node:fs';
import { expectNoViolations } from './axe.ts';
import { expect, tabAndPress, test, type AppServer } from './fixtures.ts';
import { heldMeeting } from './seed.ts';

/** An approved meeting whose new matter has a decision sent to two organisations. */
async function approvedMeeting(app: AppServer) {
  const held = await heldMeeting(app);
  const bun = await app.callOk('organisations.create', { name: 'Barn- och utbildningsnämnden', kind: 'committee' });
  const item = await app.callOk('agendaItems.create', { meetingId: held.meeting.id, title: 'Skolsociala team' });
  await app.callOk('decisions.create', {
    agendaItemId: item.id,
    text: 'Styrgruppen beslutar att förlänga projektet.',
    recipients: [{ organisationId: held.sof.id }, { organisationId: bun.id }],
  });
  await app.callOk('meetings.sendForApproval', { id: held.meeting.id });
  await app.callOk('meetings.approve', { id: held.meeting.id });
  const section = (await app.callOk('meetings.detail', { id: held.meeting.id })).items.find((i) => i.id === item.id)!.sectionNumber!;
  return { ...held, section };
}

async function documentText(download: Download): Promise<string> {
  const zip = await JSZip.loadAsync(fs.readFileSync((await download.path())!));
  return (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, ' ');
}

async function chooseFromMenu(page: Page, item: string) {
  await tabAndPress(page, page.getByRole('button', { name: 'Word-dokument' }));
  const menuItem = page.getByRole('menuitem', { name: item });
  await expect(menuItem).toBeVisible();
  // Arrow keys move through the menu; Enter chooses.
  for (let i = 0; i < 6 && !(await menuItem.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('ArrowDown');
  await expect(menuItem).toBeFocused();
  await page.keyboard.press('Enter');
}

test('the approved protocol and extracts per recipient download as Word files and are logged', async ({ page, app }) => {
  const { group, today, section, route } = await approvedMeeting(app);
  await app.open(route);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(group.name);
  await expect(page.getByText('Inget har skickats från det här protokollet än.')).toBeVisible();

  const protocolDownload = page.waitForEvent('download');
  await chooseFromMenu(page, 'Protokoll (.docx)');
  const protocol = await protocolDownload;
  expect(protocol.suggestedFilename()).toBe(`Protokoll ${group.name} ${today}.docx`);
  const protocolText = await documentText(protocol);
  expect(protocolText).toContain(`§ ${section}`);
  expect(protocolText).toContain('Styrgruppen beslutar att förlänga projektet.');
  await expect(page.getByRole('status').filter({ hasText: 'Sparade' })).toContainText(protocol.suggestedFilename());

  await chooseFromMenu(page, 'Protokollsutdrag …');
  const dialog = page.getByRole('dialog', { name: 'Protokollsutdrag' });
  await expect(dialog).toBeVisible();
  await expectNoViolations(page);
  // Nothing chosen: the core's message shows at the field.
  await dialog.getByRole('button', { name: 'Skapa utdrag' }).focus();
  await page.keyboard.press('Enter');
  await expect(dialog.getByText('Välj minst en paragraf.')).toBeVisible();
  const box = dialog.getByRole('checkbox', { name: `§ ${section} Skolsociala team` });
  await box.focus();
  await page.keyboard.press('Space');
  await expect(dialog.getByText(`Socialförvaltningen: § ${section}`)).toBeVisible();
  await expect(dialog.getByText(`Barn- och utbildningsnämnden: § ${section}`)).toBeVisible();
  await expectNoViolations(page);

  const downloads: Download[] = [];
  page.on('download', (d) => downloads.push(d));
  await dialog.getByRole('button', { name: 'Skapa utdrag' }).focus();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect.poll(() => downloads.length).toBe(2);
  expect(downloads.map((d) => d.suggestedFilename()).sort()).toEqual([
    `Protokollsutdrag ${group.name} ${today} § ${section} Barn- och utbildningsnämnden.docx`,
    `Protokollsutdrag ${group.name} ${today} § ${section} Socialförvaltningen.docx`,
  ]);
  expect(await documentText(downloads[0]!)).toContain('Rätt utdraget intygar');

  const log = page.getByRole('table', { name: 'Skickade dokument, senaste först' });
  await expect(log.getByRole('row')).toHaveCount(4); // header + protocol + two extracts
  await expect(log).toContainText(`Protokollsutdrag § ${section}`);
  await expect(log).toContainText('Barn- och utbildningsnämnden');
  await expect(log).toContainText('Anna Berg');
  await expectNoViolations(page);
});

test('the group page makes an action list of the overdue actions as a Word file', async ({ page, app }) => {
  const { meeting, group, karin, sof } = await heldMeeting(app);
  const item = await app.callOk('agendaItems.create', { meetingId: meeting.id, title: 'Skolsociala team' });
  const decision = await app.callOk('decisions.create', { agendaItemId: item.id, text: 'Styrgruppen beslutar att ta fram en plan.' });
  await app.callOk('actions.create', { decisionId: decision.id, title: 'Ta fram en plan för hösten', owner: { personId: karin.id, organisationId: sof.id }, dueDate: '2020-01-31' });
  await app.callOk('actions.create', { decisionId: decision.id, title: 'Utvärdera teamen', owner: { groupId: group.id }, dueDate: '2099-12-31' });
  await app.open(`/groups/${group.id}`);

  await tabAndPress(page, page.getByRole('button', { name: 'Åtgärdslista (.docx)' }));
  const dialog = page.getByRole('dialog', { name: 'Åtgärdslista som Word-dokument' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('checkbox', { name: 'Bara försenade uppdrag' }).focus();
  await page.keyboard.press('Space');
  await expectNoViolations(page);
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Skapa åtgärdslista' }).focus();
  await page.keyboard.press('Enter');
  const file = await download;
  await expect(dialog).toBeHidden();
  expect(file.suggestedFilename()).toMatch(new RegExp(`^Åtgärdslista ${group.name} \\d{4}-\\d{2}-\\d{2}\\.docx$`));
  const text = await documentText(file);
  expect(text).toContain('Ta fram en plan för hösten');
  expect(text).toContain('Försenad');
  expect(text).not.toContain('Utvärdera teamen');
  await expect(page.getByRole('status').filter({ hasText: 'Sparade' })).toContainText(file.suggestedFilename());
});
