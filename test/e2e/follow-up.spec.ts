// Carry-forward in the meeting's follow-up item, by keyboard only: the actions decided in earlier
// meetings are listed with owner, §, due date and "Försenad"; a status and a note are recorded with
// Enter and the cursor moves on; closing needs a closure note and is confirmed ("Styrgruppen
// konstaterar …"); a new due date needs a reason; "Ångra" withdraws. An action carried three times
// without progress is marked and escalated. Checked through `actions.history`, after a reload and
// in the locked protocol; the panel is axe-scanned with an error showing. An action closed in the
// owning group's meeting is confirmed ("Bekräfta") in the deciding group's next one, and only there.
import type { Page } from '@playwright/test';
import { addDays } from '../../shared/domain/dates.ts';
import { expectNoViolations } from './axe.ts';
import { expect, tabAndPress, tabTo, test, type AppServer } from './fixtures.ts';

/** The secretary, Socialförvaltningen and two of its people, whom both seeds build on. */
async function seedPeople(app: AppServer) {
  await app.seedUser({ name: 'Anna Berg', title: 'Nämndsekreterare' });
  const sof = await app.callOk('organisations.create', { name: 'Socialförvaltningen', shortName: 'SOF', kind: 'administration' });
  const karin = await app.callOk('people.create', { name: 'Karin Ek', title: 'Socialdirektör', organisationId: sof.id });
  const johan = await app.callOk('people.create', { name: 'Johan Berg', title: 'Avdelningschef', organisationId: sof.id });
  return { sof, karin, johan };
}

/**
 * A steering group whose meeting 60 days ago decided a routine, followed up unchanged in three
 * meetings since (so it is stale); the last of them, 15 days ago, decided three more actions.
 * Today's meeting is started, with its standing follow-up item.
 */
async function seed(app: AppServer) {
  const { sof, karin, johan } = await seedPeople(app);
  const group = await app.callOk('groups.create', { name: 'Styrgruppen skola–socialtjänst', kind: 'steering' });
  await app.callOk('memberships.create', { groupId: group.id, personId: karin.id, organisationId: sof.id, role: 'chair' });
  await app.callOk('memberships.create', { groupId: group.id, personId: johan.id, organisationId: sof.id, role: 'member' });
  const { today } = await app.callOk('app.status', {});
  const held = async (date: string) => {
    const meeting = await app.callOk('meetings.create', { groupId: group.id, date });
    await app.callOk('attendance.fillFromMembers', { meetingId: meeting.id });
    await app.callOk('meetings.update', { id: meeting.id, chairPersonId: karin.id, adjusterPersonIds: [johan.id] });
    return app.callOk('meetings.start', { id: meeting.id });
  };
  const decide = async (meetingId: string, title: string) => {
    const item = await app.callOk('agendaItems.create', { meetingId, title });
    return app.callOk('decisions.create', { agendaItemId: item.id, text: 'Styrgruppen beslutar att ge följande uppdrag.' });
  };

  const first = await held(addDays(today, -60));
  const orosDecision = await decide(first.id, 'Orosanmälningar');
  const routine = await app.callOk('actions.create', { decisionId: orosDecision.id, title: 'Ny rutin för orosanmälan', owner: { personId: johan.id }, dueDate: addDays(today, 20) });
  let last = first;
  for (const days of [-45, -30, -15]) {
    last = await held(addDays(today, days));
    await app.callOk('followUps.record', { actionId: routine.id, meetingId: last.id, status: 'not_started', note: 'Inget nytt.' });
  }
  const teams = await decide(last.id, 'Skolsociala team');
  const action = (title: string, owner: { personId: string } | { groupId: string }, due: number) =>
    app.callOk('actions.create', { decisionId: teams.id, title, owner, dueDate: addDays(today, due) });
  const plan = await action('Ta fram en plan', { personId: johan.id }, -5);
  const legal = await action('Samordna juridisk bedömning', { personId: karin.id }, 30);
  const review = await action('Utvärdera teamen', { groupId: group.id }, 60);

  const meeting = await held(today);
  const followUpItem = (await app.callOk('meetings.detail', { id: meeting.id })).items.find((i) => i.kind === 'follow_up')!;
  return { today, group, meeting, followUpItem, last, routine, plan, legal, review, route: `/groups/${group.id}/meetings/${meeting.id}` };
}

const saved = (page: Page) => page.getByRole('status').filter({ hasText: /^Sparat$/ });
const panelOf = (page: Page) => page.getByRole('region', { name: 'Uppdrag att följa upp' });
const rowOf = (page: Page, title: string) => panelOf(page).getByRole('article', { name: title });

async function openFollowUpItem(page: Page) {
  await tabAndPress(page, page.getByRole('list', { name: 'Dagordningens punkter' }).getByRole('button', { name: /Uppföljning av beslut och uppdrag/ }));
  await expect(panelOf(page)).toBeVisible();
}

test('records status, notes, closure and a new due date by keyboard, and withdraws with Ångra', async ({ page, app }) => {
  test.setTimeout(240_000);
  const s = await seed(app);
  const kb = page.keyboard;
  const history = async (actionId: string) => app.callOk('actions.history', { actionId });
  await app.open(s.route);
  await openFollowUpItem(page);

  // The list: the four open actions, each with owner, where it was decided, due date and status.
  const plan = rowOf(page, 'Ta fram en plan');
  const legal = rowOf(page, 'Samordna juridisk bedömning');
  const review = rowOf(page, 'Utvärdera teamen');
  await expect(panelOf(page).getByRole('article')).toHaveCount(4);
  await expect(panelOf(page)).toContainText('4 uppdrag att följa upp, varav 1 försenat. 0 av 4 har följts upp i mötet.');
  await expect(plan).toContainText('Johan Berg, Socialförvaltningen');
  await expect(plan).toContainText(`Beslutat${s.last.date}, § ${(await history(s.plan.id)).action.sectionNumber}`);
  await expect(plan).toContainText(`Klart senast${addDays(s.today, -5)}`);
  await expect(plan).toContainText('StatusEj påbörjad · Försenad');
  await expect(review).toContainText('AnsvarigStyrgruppen skola–socialtjänst');
  await expect(legal).not.toContainText('Försenad');

  // Pågår with a note: arrow keys on the status, Tab to the note, Enter; the cursor moves on.
  await tabTo(page, plan.getByRole('radio', { name: 'Ej påbörjad' }));
  await kb.press('ArrowRight');
  await expect(plan.getByRole('radio', { name: 'Pågår' })).toBeChecked();
  await kb.press('Tab');
  await expect(plan.getByRole('textbox', { name: /^Anteckning/ })).toBeFocused();
  await kb.type('Utkast till plan finns.');
  await kb.press('Enter');
  await expect(plan).toContainText('Registrerat i mötet: Pågår – Utkast till plan finns.');
  await expect(saved(page)).toBeVisible();
  await expect(legal.getByRole('radio', { name: 'Ej påbörjad' })).toBeFocused();

  // Klar without a closure note: the message at the note field, nothing recorded.
  await kb.press('ArrowRight');
  await kb.press('ArrowRight');
  await expect(legal.getByRole('radio', { name: 'Klar' })).toBeChecked();
  await kb.press('Tab');
  await kb.press('Enter');
  const closureMissing = 'Beskriv vad som har gjorts och vilken effekt det fick innan uppdraget stängs.';
  await expect(legal.getByRole('textbox', { name: /^Anteckning/ })).toHaveAccessibleDescription(new RegExp(closureMissing));
  await expect(legal.getByRole('textbox', { name: /^Anteckning/ })).toBeFocused();
  expect((await history(s.legal.id)).entries).toEqual([]);
  await expectNoViolations(page);

  // … then with one: recorded and confirmed in the protocol's words.
  await kb.type('Juristerna har lämnat en gemensam bedömning som används av båda förvaltningarna.');
  await kb.press('Enter');
  await expect(legal).toContainText('Registrerat i mötet: Klar – Juristerna har lämnat');
  await expect(legal).toContainText('Styrgruppen konstaterar att uppdraget är slutfört.');
  await expect(review.getByRole('radio', { name: 'Ej påbörjad' })).toBeFocused();

  // A new due date without a reason: the message at the reason; with one, recorded.
  const newDue = addDays(s.today, 90);
  await kb.press('ArrowRight');
  await kb.press('Tab');
  await kb.type('Utvärderingen är påbörjad.');
  await kb.press('Tab');
  await expect(review.getByRole('textbox', { name: 'Nytt klart senast' })).toBeFocused();
  await kb.type(newDue);
  await kb.press('Enter');
  const reason = review.getByRole('textbox', { name: /^Skäl till nytt datum/ });
  await expect(reason).toHaveAccessibleDescription(/Ange varför tidsfristen ändras\./);
  await expect(reason).toBeFocused();
  expect((await history(s.review.id)).entries).toEqual([]);
  await kb.type('Elevhälsans data kommer först i höst.');
  await kb.press('Enter');
  await expect(review).toContainText(`Nytt klart senast ${newDue}. Skäl: Elevhälsans data kommer först i höst.`);
  await expect(review).toContainText(`Klart senast${newDue} (först ${addDays(s.today, 60)})`);
  await expect(panelOf(page)).toContainText('3 av 4 har följts upp i mötet.');

  // The actions' history holds each entry, linked to this meeting and its follow-up §.
  const planHistory = await history(s.plan.id);
  expect(planHistory.entries).toMatchObject([{ meetingId: s.meeting.id, status: 'in_progress', note: 'Utkast till plan finns.', sectionNumber: s.followUpItem.sectionNumber }]);
  expect(planHistory.action).toMatchObject({ status: 'in_progress', overdue: true });
  expect((await history(s.legal.id)).action).toMatchObject({ status: 'done', closedOn: s.today, latestNote: expect.stringContaining('gemensam bedömning') });
  expect((await history(s.review.id)).entries).toMatchObject([{ status: 'in_progress', newDueDate: newDue, dueDateReason: 'Elevhälsans data kommer först i höst.' }]);
  expect((await history(s.review.id)).action.dueDate).toBe(newDue);

  // After a reload the entries and the fields are as recorded.
  await page.reload();
  await openFollowUpItem(page);
  await expect(legal.getByRole('radio', { name: 'Klar' })).toBeChecked();
  await expect(legal.getByRole('textbox', { name: /^Anteckning/ })).toHaveValue(/gemensam bedömning/);
  await expect(review.getByRole('textbox', { name: 'Nytt klart senast' })).toHaveValue(newDue);
  await expect(plan).toContainText('Registrerat i mötet: Pågår – Utkast till plan finns.');

  // Ångra withdraws this meeting's entry: the action stands as before, the cursor stays on it.
  await tabAndPress(page, plan.getByRole('button', { name: 'Ångra uppföljningen av Ta fram en plan' }));
  await expect(plan).not.toContainText('Registrerat i mötet');
  await expect(plan.getByRole('radio', { name: 'Ej påbörjad' })).toBeChecked();
  await expect(plan.getByRole('radio', { name: 'Ej påbörjad' })).toBeFocused();
  expect(await history(s.plan.id)).toMatchObject({ entries: [], action: { status: 'not_started' } });

  // Sent for approval, the item shows only what was recorded in the meeting, without any field.
  await app.callOk('meetings.sendForApproval', { id: s.meeting.id });
  await page.reload();
  await openFollowUpItem(page);
  await expect(panelOf(page).getByRole('article')).toHaveCount(2);
  await expect(legal).toContainText('Styrgruppen konstaterar att uppdraget är slutfört.');
  await expect(review).toContainText(`Nytt klart senast ${newDue}`);
  await expect(panelOf(page).getByRole('radio')).toHaveCount(0);
  await expect(panelOf(page).getByRole('textbox')).toHaveCount(0);
  await expect(panelOf(page).getByRole('button')).toHaveCount(0);
  await expectNoViolations(page);
});

test('an action carried three times without progress is marked and escalated', async ({ page, app }) => {
  test.setTimeout(180_000);
  const s = await seed(app);
  const kb = page.keyboard;
  const carries = (await app.callOk('followUps.forMeeting', { meetingId: s.meeting.id })).rows.find((r) => r.actionId === s.routine.id)!;
  expect(carries.stale).toBe(true);
  await app.open(s.route);
  await openFollowUpItem(page);

  const routine = rowOf(page, 'Ny rutin för orosanmälan');
  await expect(routine).toContainText(`Behöver beslut – har förts vidare till ${carries.carriesWithoutProgress} möten utan framsteg`);
  await expect(routine).toContainText('Senaste anteckning');
  await expect(rowOf(page, 'Ta fram en plan')).not.toContainText('Behöver beslut');
  const choice = routine.getByRole('group', { name: 'Beslut om Ny rutin för orosanmälan' });
  await expect(choice.getByRole('button')).toHaveText(['Avsluta', 'Nytt datum', 'Eskalera']);
  await expectNoViolations(page);

  // Escalate: the field appears with the cursor in it; an escalation without a note is refused.
  await tabAndPress(page, choice.getByRole('button', { name: 'Eskalera' }));
  const to = routine.getByRole('textbox', { name: 'Eskalera till' });
  await expect(to).toBeFocused();
  await kb.type('Styrgruppens ordförande');
  await kb.press('Enter');
  const note = routine.getByRole('textbox', { name: /^Anteckning/ });
  await expect(note).toHaveAccessibleDescription(/Beskriv varför uppdraget eskaleras/);
  await expect(note).toBeFocused();
  await expectNoViolations(page);
  await kb.type('Förvaltningarna är oense om ansvaret; ordföranden avgör.');
  await kb.press('Enter');
  await expect(routine).toContainText('Eskalerat till Styrgruppens ordförande');
  await expect(saved(page)).toBeVisible();

  const { entries, action } = await app.callOk('actions.history', { actionId: s.routine.id });
  expect(entries).toHaveLength(4);
  expect(entries.at(-1)).toMatchObject({ meetingId: s.meeting.id, status: 'not_started', escalatedTo: 'Styrgruppens ordförande', note: 'Förvaltningarna är oense om ansvaret; ordföranden avgör.' });
  expect(action.status).toBe('not_started');

  // The other choices: "Avsluta" sets Klar and puts the cursor in the note; "Nytt datum" in the date.
  await tabAndPress(page, choice.getByRole('button', { name: 'Nytt datum' }), { backwards: true });
  await expect(routine.getByRole('textbox', { name: 'Nytt klart senast' })).toBeFocused();
  await tabAndPress(page, choice.getByRole('button', { name: 'Avsluta' }), { backwards: true });
  await expect(routine.getByRole('radio', { name: 'Klar' })).toBeChecked();
  await expect(note).toBeFocused();
  await kb.press('Control+A');
  await kb.type('Rutinen är antagen och införd i båda förvaltningarna.');
  await kb.press('Enter');
  await expect(routine).toContainText('Styrgruppen konstaterar att uppdraget är slutfört.');
  expect((await app.callOk('actions.history', { actionId: s.routine.id })).action).toMatchObject({ status: 'done', stale: false });

  // A planned meeting shows what it will follow up, but records nothing before it starts.
  const next = await app.callOk('meetings.create', { groupId: s.group.id, date: addDays(s.today, 14) });
  await app.open(`/groups/${s.group.id}/meetings/${next.id}`);
  await openFollowUpItem(page);
  await expect(panelOf(page)).toContainText('Uppföljningen registreras när mötet har startat.');
  await expect(rowOf(page, 'Ta fram en plan')).toContainText('Försenad');
  await expect(panelOf(page).getByRole('radio')).toHaveCount(0);
  await expect(panelOf(page).getByRole('textbox')).toHaveCount(0);
});

/**
 * An action the steering group decided 30 days ago and gave to a working group, which recorded it
 * as Klar in its own meeting 10 days ago; today's steering-group meeting is started. The action
 * was closed since the group's previous meeting, so its follow-up item asks for a confirmation.
 */
async function seedClosedElsewhere(app: AppServer) {
  const { sof, karin, johan } = await seedPeople(app);
  const steering = await app.callOk('groups.create', { name: 'Styrgruppen skola–socialtjänst', kind: 'steering' });
  const working = await app.callOk('groups.create', { name: 'Arbetsgruppen skolsociala team', kind: 'working' });
  for (const [group, chair, member] of [[steering, karin, johan], [working, johan, karin]] as const) {
    await app.callOk('memberships.create', { groupId: group.id, personId: chair.id, organisationId: sof.id, role: 'chair' });
    await app.callOk('memberships.create', { groupId: group.id, personId: member.id, organisationId: sof.id, role: 'member' });
  }
  const { today } = await app.callOk('app.status', {});
  const held = async (groupId: string, date: string, chairId: string, adjusterId: string) => {
    const meeting = await app.callOk('meetings.create', { groupId, date });
    await app.callOk('attendance.fillFromMembers', { meetingId: meeting.id });
    await app.callOk('meetings.update', { id: meeting.id, chairPersonId: chairId, adjusterPersonIds: [adjusterId] });
    return app.callOk('meetings.start', { id: meeting.id });
  };

  const previous = await held(steering.id, addDays(today, -30), karin.id, johan.id);
  const item = await app.callOk('agendaItems.create', { meetingId: previous.id, title: 'Skolsociala team' });
  const decision = await app.callOk('decisions.create', { agendaItemId: item.id, text: 'Styrgruppen beslutar att ge följande uppdrag.' });
  const mapping = await app.callOk('actions.create', { decisionId: decision.id, title: 'Kartlägg elevhälsans resurser', owner: { groupId: working.id }, dueDate: addDays(today, 10) });
  const legal = await app.callOk('actions.create', { decisionId: decision.id, title: 'Samordna juridisk bedömning', owner: { personId: karin.id }, dueDate: addDays(today, 30) });

  // The working group follows up the action it owns, in its own meeting, and closes it there.
  const closedOn = addDays(today, -10);
  const workingMeeting = await held(working.id, closedOn, johan.id, karin.id);
  const closureNote = 'Kartläggningen är klar och redovisad för båda förvaltningarna.';
  await app.callOk('followUps.record', { actionId: mapping.id, meetingId: workingMeeting.id, status: 'done', note: closureNote });

  const meeting = await held(steering.id, today, karin.id, johan.id);
  return { today, steering, previous, workingMeeting, meeting, mapping, legal, closedOn, closureNote, route: `/groups/${steering.id}/meetings/${meeting.id}` };
}

test('confirms by keyboard an action closed since the previous meeting, with the group’s confirmation line', async ({ page, app }) => {
  test.setTimeout(180_000);
  const s = await seedClosedElsewhere(app);
  const title = 'Kartlägg elevhälsans resurser';
  const listed = await app.callOk('followUps.forMeeting', { meetingId: s.meeting.id });
  expect(listed.rows.find((r) => r.actionId === s.mapping.id)).toMatchObject({ status: 'done', closedOn: s.closedOn, closedSincePrevious: true, entry: null });
  await app.open(s.route);
  await openFollowUpItem(page);

  // The closed action is listed with the open one, marked as closed since the previous meeting.
  const mapping = rowOf(page, title);
  const legal = rowOf(page, 'Samordna juridisk bedömning');
  await expect(panelOf(page).getByRole('article')).toHaveCount(2);
  await expect(panelOf(page)).toContainText('2 uppdrag att följa upp, varav 0 försenade. 0 av 2 har följts upp i mötet.');
  await expect(mapping).toContainText('AnsvarigArbetsgruppen skolsociala team');
  await expect(mapping).toContainText('StatusKlar');
  await expect(mapping).toContainText(`Senaste anteckning${s.closedOn}: ${s.closureNote}`);
  await expect(mapping).toContainText(`Klar ${s.closedOn}, sedan förra mötet – bekräftas i protokollet`);
  await expect(legal).not.toContainText('bekräftas i protokollet');
  await expect(legal.getByRole('button', { name: 'Registrera uppföljningen av Samordna juridisk bedömning' })).toHaveText('Registrera');

  // The form stands ready to confirm the closure as recorded: Klar, with the closure note.
  const confirm = mapping.getByRole('button', { name: `Bekräfta att ${title} är avslutat` });
  await expect(confirm).toHaveText('Bekräfta');
  await expect(mapping.getByRole('radio', { name: 'Klar' })).toBeChecked();
  await expect(mapping.getByRole('textbox', { name: /^Anteckning/ })).toHaveValue(s.closureNote);
  expect((await app.callOk('actions.history', { actionId: s.mapping.id })).entries).toHaveLength(1);

  // Bekräfta with Tab and Enter: recorded in this meeting in the protocol's words; the cursor moves on.
  await tabAndPress(page, confirm);
  await expect(mapping).toContainText(`Registrerat i mötet: Klar – ${s.closureNote}`);
  await expect(mapping).toContainText('Styrgruppen konstaterar att uppdraget är slutfört.');
  await expect(mapping).not.toContainText('bekräftas i protokollet');
  await expect(saved(page)).toBeVisible();
  await expect(panelOf(page)).toContainText('1 av 2 har följts upp i mötet.');
  await expect(legal.getByRole('radio', { name: 'Ej påbörjad' })).toBeFocused();
  await expectNoViolations(page);

  // The action's history: the working group's closure, then this meeting's confirmation.
  const history = await app.callOk('actions.history', { actionId: s.mapping.id });
  expect(history.entries).toMatchObject([
    { meetingId: s.workingMeeting.id, status: 'done', note: s.closureNote },
    { meetingId: s.meeting.id, status: 'done', note: s.closureNote },
  ]);
  expect(history.action.status).toBe('done');

  // The confirmation is no new closure: the working group, which closed the action, is not asked
  // to confirm it in its next meeting.
  const workingNext = await app.callOk('meetings.create', { groupId: s.workingMeeting.groupId, date: addDays(s.today, 7) });
  expect((await app.callOk('followUps.forMeeting', { meetingId: workingNext.id })).rows).toEqual([]);

  // After a reload the confirmation stands; the group's next meeting does not list the action again.
  await page.reload();
  await openFollowUpItem(page);
  await expect(mapping).toContainText(`Registrerat i mötet: Klar – ${s.closureNote}`);
  await expect(mapping).toContainText('Styrgruppen konstaterar att uppdraget är slutfört.');
  await expect(mapping).not.toContainText('bekräftas i protokollet');
  await expect(mapping.getByRole('radio', { name: 'Klar' })).toBeChecked();
  await expect(panelOf(page)).toContainText('1 av 2 har följts upp i mötet.');
  const next = await app.callOk('meetings.create', { groupId: s.steering.id, date: addDays(s.today, 14) });
  expect((await app.callOk('followUps.forMeeting', { meetingId: next.id })).rows.map((r) => r.actionId)).toEqual([s.legal.id]);
});
