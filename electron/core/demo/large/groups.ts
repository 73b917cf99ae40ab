// The 50 groups of the large demo: ten kinds of collaboration in each of five city districts,
// each district's steering group above its nine working and operative groups.
import type { GroupKind, MeetingKind, MembershipRole } from '../../../../shared/contract/index.ts';

export const areas = ['Norra', 'Södra', 'Östra', 'Västra', 'Centrum'] as const;

export type Theme = {
  key: string;
  name: (area: string) => string;
  shortName: (area: string) => string;
  kind: GroupKind;
  /** How decisions begin: "Styrgruppen beslutar att …". */
  subject: string;
  meetingKind: MeetingKind;
  description: (area: string) => string;
  /** Organisation keys: the chair's, then the members' (the first ones more often). */
  chairOrgs: readonly string[];
  memberOrgs: readonly string[];
};

const district = (area: string) => (area === 'Centrum' ? 'centrum' : `stadsdel ${area}`);

export const themes: readonly Theme[] = [
  {
    key: 'styr',
    name: (a) => `Styrgruppen Barn och unga ${a}`,
    shortName: (a) => `Styrgruppen ${a}`,
    kind: 'steering',
    subject: 'Styrgruppen',
    meetingKind: 'protocol',
    description: (a) => `Förvaltningschefernas styrgrupp för samverkan kring barn och unga i ${district(a)}. Bereder nämndernas uppdrag och följer upp arbetsgrupperna.`,
    chairOrgs: ['utf', 'sof'],
    memberOrgs: ['utf', 'sof', 'kff', 'bup', 'polis', 'klk', 'amf'],
  },
  {
    key: 'tidiga',
    name: (a) => `Arbetsgruppen Tidiga insatser ${a}`,
    shortName: (a) => `Tidiga insatser ${a}`,
    kind: 'operative',
    subject: 'Arbetsgruppen',
    meetingKind: 'protocol',
    description: (a) => `Samordnar tidiga insatser för barn och familjer i ${district(a)}: förskola, skola, socialtjänst, BUP och vårdcentral.`,
    chairOrgs: ['sof'],
    memberOrgs: ['sof', 'utf', 'bup', 'vc', 'kff'],
  },
  {
    key: 'skolsoc',
    name: (a) => `Samverkansgruppen Skola–socialtjänst ${a}`,
    shortName: (a) => `Skola–socialtjänst ${a}`,
    kind: 'operative',
    subject: 'Samverkansgruppen',
    meetingKind: 'protocol',
    description: (a) => `Samverkan mellan skola och socialtjänst i ${district(a)} enligt den gemensamma överenskommelsen.`,
    chairOrgs: ['utf'],
    memberOrgs: ['utf', 'sof', 'bup'],
  },
  {
    key: 'sspf',
    name: (a) => `SSPF-gruppen ${a}`,
    shortName: (a) => `SSPF ${a}`,
    kind: 'operative',
    subject: 'SSPF-gruppen',
    meetingKind: 'notes',
    description: (a) => `Skola, socialtjänst, polis och fritid kring unga i riskmiljöer i ${district(a)}.`,
    chairOrgs: ['sof', 'polis'],
    memberOrgs: ['sof', 'polis', 'utf', 'kff'],
  },
  {
    key: 'narvaro',
    name: (a) => `Arbetsgruppen Skolnärvaro ${a}`,
    shortName: (a) => `Skolnärvaro ${a}`,
    kind: 'working',
    subject: 'Arbetsgruppen',
    meetingKind: 'notes',
    description: (a) => `Det gemensamma arbetet mot problematisk skolfrånvaro i ${district(a)}.`,
    chairOrgs: ['utf'],
    memberOrgs: ['utf', 'sof', 'bup', 'kff'],
  },
  {
    key: 'psykisk',
    name: (a) => `Arbetsgruppen Psykisk hälsa unga ${a}`,
    shortName: (a) => `Psykisk hälsa ${a}`,
    kind: 'working',
    subject: 'Arbetsgruppen',
    meetingKind: 'notes',
    description: (a) => `Elevhälsa, BUP, ungdomsmottagning och socialtjänst om ungas psykiska hälsa i ${district(a)}.`,
    chairOrgs: ['bup', 'utf'],
    memberOrgs: ['bup', 'utf', 'umo', 'sof', 'vc'],
  },
  {
    key: 'trygghet',
    name: (a) => `Trygghetsgruppen ${a}`,
    shortName: (a) => `Trygghet ${a}`,
    kind: 'operative',
    subject: 'Trygghetsgruppen',
    meetingKind: 'protocol',
    description: (a) => `Brottsförebyggande arbete och trygghet i ${district(a)}, med polis, bostadsbolag och räddningstjänst.`,
    chairOrgs: ['klk'],
    memberOrgs: ['klk', 'polis', 'bostad', 'rtj', 'kff', 'sof'],
  },
  {
    key: 'foraldra',
    name: (a) => `Arbetsgruppen Föräldraskapsstöd ${a}`,
    shortName: (a) => `Föräldraskapsstöd ${a}`,
    kind: 'working',
    subject: 'Arbetsgruppen',
    meetingKind: 'notes',
    description: (a) => `Föräldraskapsstöd och familjecentralens arbete i ${district(a)}.`,
    chairOrgs: ['sof'],
    memberOrgs: ['sof', 'vc', 'utf', 'forening'],
  },
  {
    key: 'fritid',
    name: (a) => `Arbetsgruppen Fritid och föreningsliv ${a}`,
    shortName: (a) => `Fritid ${a}`,
    kind: 'working',
    subject: 'Arbetsgruppen',
    meetingKind: 'notes',
    description: (a) => `Meningsfull fritid för barn och unga i ${district(a)}: fritidsgårdar, föreningar och lovaktiviteter.`,
    chairOrgs: ['kff'],
    memberOrgs: ['kff', 'forening', 'utf', 'amf', 'af'],
  },
  {
    key: 'vald',
    name: (a) => `Arbetsgruppen Våld i nära relationer ${a}`,
    shortName: (a) => `Våld i nära relationer ${a}`,
    kind: 'working',
    subject: 'Arbetsgruppen',
    meetingKind: 'protocol',
    description: (a) => `Samverkan mot våld i nära relationer och hedersrelaterat våld i ${district(a)}.`,
    chairOrgs: ['sof'],
    memberOrgs: ['sof', 'polis', 'vc', 'bostad', 'vof'],
  },
];

export type GroupPlan = { area: string; theme: Theme; name: string; shortName: string; parentIndex: number | null };

/** The first `count` groups (at most 50), district by district, each district's steering group first. */
export function planGroups(count: number): GroupPlan[] {
  const plans: GroupPlan[] = [];
  for (const area of areas) {
    const steeringIndex = plans.length;
    for (const theme of themes) {
      plans.push({ area, theme, name: theme.name(area), shortName: theme.shortName(area), parentIndex: theme.kind === 'steering' ? null : steeringIndex });
    }
  }
  return plans.slice(0, Math.min(count, plans.length));
}

/** A seat in a group, held by a sequence of people over the years. */
export type Seat = { role: MembershipRole; org: string };
