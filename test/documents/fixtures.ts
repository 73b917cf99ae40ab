// A realistic protocol (fictional names) and the other documents' models, for the builder tests.
import type { ApprovedCopy, Correction } from '../../shared/contract/index.ts';
import type { ActionListDocModel, ActionListRow, ExtractDocModel, NoticeDocModel, ProtocolDocModel } from '../../electron/core/documents/models.ts';

const person = (personId: string, name: string, title: string | null, organisationName: string | null) => ({ personId, name, title, organisationName });
const sof = 'Socialförvaltningen';
const sff = 'Skol- och fritidsförvaltningen';

const karin = person('p-karin', 'Karin Ek', 'utbildningsdirektör', sff);
const johan = person('p-johan', 'Johan Berg', 'socialdirektör', sof);
const asa = person('p-asa', 'Åsa Öström', 'chef elevhälsan', sff);
const maja = person('p-maja', 'Maja Persson', 'nämndsekreterare', sff);

const ownerPerson = (id: string, name: string, organisationId: string, organisationName: string) => ({
  personId: id,
  personName: name,
  organisationId,
  organisationName,
  groupId: null,
  groupName: null,
});

const notes = {
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Pilotprojektet har ' },
        { type: 'text', text: 'avrapporterats', marks: [{ type: 'bold' }] },
        { type: 'text', text: ' och gränsdragningen ' },
        { type: 'text', text: 'mellan skollagen och socialtjänstlagen', marks: [{ type: 'italic' }] },
        { type: 'text', text: ' behöver klargöras.' },
        { type: 'hardBreak' },
        { type: 'text', text: 'Andra raden efter radbrytning.' },
      ],
    },
    {
      type: 'bulletList',
      content: [
        { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Fyra skolor deltog i piloten' }] }] },
        {
          type: 'listItem',
          content: [
            { type: 'paragraph', content: [{ type: 'text', text: 'Erfarenheter från elevhälsan' }] },
            { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Kortare väntetider' }] }] }] },
          ],
        },
      ],
    },
    {
      type: 'orderedList',
      attrs: { start: 1 },
      content: [
        { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Juridisk bedömning' }] }] },
        { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Återrapport i november' }] }] },
      ],
    },
  ],
};

const item = (over: Partial<ApprovedCopy['items'][number]> & { id: string; position: number; sectionNumber: number | null; title: string }): ApprovedCopy['items'][number] => ({
  kind: 'matter',
  presenter: null,
  description: null,
  notes: null,
  confidential: false,
  linkedMeetingId: null,
  basisDocuments: [],
  decisions: [],
  followUps: [],
  ...over,
});

export const confidentialText = 'Eleven på Ängsskolan har omfattande frånvaro';

export function approvedCopy(): ApprovedCopy {
  return {
    format: 'protokollet/approved-copy',
    version: 2,
    meeting: { id: 'm-1', groupId: 'g-1', groupName: 'Styrgruppen skola–socialtjänst', date: '2025-06-12', startTime: '13:00', endTime: '15:00', place: 'Stadshuset, sal Kärnan', kind: 'protocol' },
    chair: karin,
    secretary: maja,
    adjusters: [johan],
    attendance: [
      { ...karin, role: 'chair', status: 'present', substituteFor: null },
      { ...johan, role: 'vice_chair', status: 'present', substituteFor: null },
      { ...asa, role: 'member', status: 'present', substituteFor: null },
      { ...person('p-sara', 'Sara Lind', 'verksamhetschef', sof), role: 'substitute', status: 'substitute', substituteFor: { personId: 'p-per', name: 'Per Nyström' } },
      { ...person('p-per', 'Per Nyström', 'verksamhetschef', sof), role: 'member', status: 'absent', substituteFor: null },
      { ...maja, role: 'secretary', status: 'present', substituteFor: null },
    ],
    otherAttendees: [{ name: 'Eva Strand', title: 'jurist', organisationName: sof, sections: [12] }],
    items: [
      item({ id: 'i-11', position: 1, sectionNumber: 11, title: 'Mötets öppnande', kind: 'opening', decisions: [{ id: 'd-11', position: 1, text: 'Ordföranden förklarar mötet öppnat.', type: 'information', recipients: [], actions: [] }] }),
      item({
        id: 'i-12',
        position: 2,
        sectionNumber: 12,
        title: 'Skolsociala team – fortsatt arbete',
        presenter: 'Åsa Öström',
        description: 'Pilotprojektet med skolsociala team har avrapporterats.\nGränsdragningen behöver klargöras.',
        notes,
        basisDocuments: [
          { title: 'Slutrapport pilotprojekt skolsociala team', reference: '2024-12-06' },
          { title: 'Anvisning skolsociala team', reference: 'Dnr SOF 2025/311' },
        ],
        decisions: [
          {
            id: 'd-12',
            position: 1,
            text: 'Styrgruppen beslutar att respektive förvaltnings jurister gemensamt ska konsulteras angående fortsättning av skolsociala team.',
            type: 'decision',
            recipients: [
              { organisationId: 'o-bun', groupId: null, name: 'Barn- och utbildningsnämnden' },
              { organisationId: 'o-sn', groupId: null, name: 'Socialnämnden' },
            ],
            actions: [
              { id: 'a-1', position: 1, title: 'Samordna juridisk bedömning, skolans del', owner: ownerPerson('p-asa', 'Åsa Öström', 'o-sff', sff), dueDate: '2025-10-31', note: null },
              {
                id: 'a-2',
                position: 2,
                title: 'Sammanställa erfarenheter i en lärandelogg',
                owner: { personId: null, personName: null, organisationId: null, organisationName: null, groupId: 'g-omlott', groupName: 'Omlottgruppen' },
                dueDate: '2025-11-15',
                note: 'Redovisas vid nästa möte',
              },
            ],
          },
        ],
      }),
      item({
        id: 'i-13',
        position: 3,
        sectionNumber: 13,
        title: 'Ärende om enskild elev',
        confidential: true,
        description: confidentialText,
        decisions: [{ id: 'd-13', position: 1, text: 'Styrgruppen beslutar att ärendet hanteras av elevhälsan.', type: 'decision', recipients: [], actions: [] }],
      }),
      item({
        id: 'i-14',
        position: 4,
        sectionNumber: 14,
        title: 'Uppföljning av beslut',
        kind: 'follow_up',
        followUps: [
          {
            id: 'f-1',
            actionId: 'a-old',
            actionTitle: 'Ny socialtjänstlag till nämndsdagen',
            decidedOn: '2025-05-21',
            decidedInSection: 8,
            date: '2025-06-12',
            status: 'in_progress',
            note: 'Presentationen är planerad.',
            newDueDate: '2025-09-30',
            dueDateReason: 'Nämndsdagen är flyttad till september.',
            newOwner: ownerPerson('p-johan', 'Johan Berg', 'o-sof', sof),
            escalatedTo: 'Styrgruppens ordförande',
          },
        ],
      }),
      item({ id: 'i-15', position: 5, sectionNumber: 15, title: 'Mötets avslutande', kind: 'closing' }),
    ],
    approvedAt: '2025-06-18T08:30:00.000Z',
    approvedBy: { name: 'Johan Berg', title: 'socialdirektör' },
  };
}

export function corrections(): Correction[] {
  const base = { meetingId: 'm-1', correctedInMeetingId: null, createdAt: '2025-06-25T10:00:00.000Z', createdByName: 'Maja Persson', createdByTitle: 'nämndsekreterare' };
  return [
    { ...base, id: 'c-1', agendaItemId: 'i-12', sectionNumber: 12, text: 'Klart senast för skolans del ska vara 2025-11-30.', reason: 'Fel datum skrevs in vid mötet.' },
    { ...base, id: 'c-2', agendaItemId: null, sectionNumber: null, text: 'Lena Holm var närvarande under hela mötet.', reason: 'Närvaron var ofullständig.' },
  ];
}

export function protocolModel(over: Partial<ProtocolDocModel> = {}): ProtocolDocModel {
  return { copy: approvedCopy(), status: 'approved', corrections: corrections(), variant: 'full', ...over };
}

export function extractModel(over: Partial<ExtractDocModel> = {}): ExtractDocModel {
  return {
    copy: approvedCopy(),
    corrections: corrections(),
    sections: [12],
    recipientName: 'Socialnämnden',
    certifiedBy: { name: 'Maja Persson', title: 'nämndsekreterare' },
    certifiedOn: '2025-06-26',
    ...over,
  };
}

export const actionRows: ActionListRow[] = [
  {
    groupName: 'Styrgruppen skola–socialtjänst',
    decidedOn: '2025-05-21',
    decidedInSection: 8,
    title: 'Ny socialtjänstlag till nämndsdagen',
    ownerName: 'Johan Berg',
    organisationName: sof,
    dueDate: '2025-05-30',
    status: 'in_progress',
    overdue: true,
    latestFollowUp: { date: '2025-06-12', note: 'Presentationen är planerad.' },
  },
  {
    groupName: 'Omlottgruppen',
    decidedOn: '2025-04-02',
    decidedInSection: 21,
    title: 'Gemensam rutin för orosanmälan',
    ownerName: 'Omlottgruppen',
    organisationName: null,
    dueDate: '2025-12-31',
    status: 'not_started',
    overdue: false,
    latestFollowUp: null,
  },
];

export function noticeModel(over: Partial<NoticeDocModel> = {}): NoticeDocModel {
  return {
    groupName: 'Styrgruppen skola–socialtjänst',
    kind: 'protocol',
    date: '2025-09-17',
    startTime: '09:00',
    endTime: '11:30',
    place: 'Stadshuset, sal Kärnan',
    invited: [
      { name: 'Karin Ek', title: 'utbildningsdirektör', organisationName: sff, role: 'chair' },
      { name: 'Åsa Öström', title: 'chef elevhälsan', organisationName: sff, role: 'member' },
      { name: 'Sara Lind', title: 'verksamhetschef', organisationName: sof, role: 'substitute' },
    ],
    items: [
      { sectionNumber: 16, title: 'Mötets öppnande', presenter: null, description: null, basisDocuments: [] },
      {
        sectionNumber: 17,
        title: 'Handlingsplan mot skolfrånvaro',
        presenter: 'Åsa Öström',
        description: 'Förslag till gemensam handlingsplan.',
        basisDocuments: [{ title: 'Handlingsplan skolfrånvaro, utkast', reference: 'Dnr SFF 2025/88' }],
      },
    ],
    openActions: [actionRows[0]!],
    sender: { name: 'Maja Persson', title: 'nämndsekreterare' },
    issuedOn: '2025-09-03',
    ...over,
  };
}

export function actionListModel(over: Partial<ActionListDocModel> = {}): ActionListDocModel {
  return {
    scopeTitle: 'Alla grupper',
    filterDescription: 'Status: Pågår · Organisation: Socialförvaltningen',
    rows: actionRows,
    producedBy: { name: 'Maja Persson', title: 'nämndsekreterare' },
    producedOn: '2025-06-20',
    ...over,
  };
}
