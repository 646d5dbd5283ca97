import { z } from 'zod';

/* Wire types of /api/v1/careers/case-conferences (casusoverleg, ADR 0014). */

const uuid = (message: string) => z.string({ error: message }).uuid(message);
const isoDate = (message: string) =>
  z
    .string({ error: message })
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, message);
const text = (label: string, max: number) =>
  z
    .string({ error: `Vul ${label} in.` })
    .trim()
    .max(max, `De tekst is te lang (hoogstens ${max} tekens).`);
const required = (label: string, max: number) => text(label, max).min(1, `Vul ${label} in.`);

export const conferenceStatuses = ['planned', 'held'] as const;
export type ConferenceStatus = (typeof conferenceStatuses)[number];

export const conferenceCreate = z.strictObject({
  title: required('een titel', 200),
  heldOn: isoDate('Vul een geldige datum in (JJJJ-MM-DD).'),
  startsAt: z
    .string({ error: 'Vul een tijd in als UU:MM.' })
    .trim()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Vul een tijd in als UU:MM, bijvoorbeeld 14:30.')
    .nullable()
    .optional(),
  location: text('een locatie', 200).optional(),
});
export type ConferenceCreate = z.infer<typeof conferenceCreate>;

export const conferenceQuery = z.strictObject({
  status: z.enum(conferenceStatuses, { error: 'Kies planned of held.' }).optional(),
});

export const conferenceParams = z.strictObject({ id: uuid('Geen geldige id van een casusoverleg.') });
export const itemParams = z.strictObject({
  id: uuid('Geen geldige id van een casusoverleg.'),
  itemId: uuid('Geen geldige id van een agendapunt.'),
});
export const trajectoryParams = z.strictObject({ trajectoryId: uuid('Geen geldige id van een traject.') });

export const itemCreate = z.strictObject({
  trajectoryId: uuid('Kies een traject.'),
  question: text('een vraag', 2000).optional(),
});
export type ItemCreate = z.infer<typeof itemCreate>;

export const itemUpdate = z.strictObject({
  question: text('een vraag', 2000).optional(),
  discussion: text('de bespreking', 10000).optional(),
});
export type ItemUpdate = z.infer<typeof itemUpdate>;

export const decisionCreate = z.strictObject({ text: required('het besluit', 2000) });
export type DecisionCreate = z.infer<typeof decisionCreate>;

export const actionCreate = z.strictObject({
  description: required('een omschrijving van de actie', 1000),
  responsibleUserId: uuid('Kies wie verantwoordelijk is.'),
  dueDate: isoDate('Vul een geldige datum in (JJJJ-MM-DD).'),
});
export type ActionCreate = z.infer<typeof actionCreate>;

const present = z.boolean({ error: 'Geef aan of iemand aanwezig was (true of false).' }).nullable().optional();
export const attendeeInput = z.union(
  [
    z.strictObject({ userId: uuid('Geen geldige gebruiker.'), present }),
    z.strictObject({ name: required('een naam', 200), organisation: text('een organisatie', 200).optional(), present }),
  ],
  { error: 'Geef een gebruiker (userId) of een naam met organisatie.' },
);
export const attendanceInput = z.strictObject({
  attendees: z.array(attendeeInput, { error: 'Geef een lijst van deelnemers.' }).max(100, 'Hoogstens 100 deelnemers.'),
});
export type AttendanceInput = z.infer<typeof attendanceInput>;

const person = z.object({ id: z.string(), name: z.string() });

export const conferenceSummary = z.object({
  id: z.string(),
  number: z.string(),
  title: z.string(),
  heldOn: z.string(),
  startsAt: z.string().nullable(),
  location: z.string(),
  status: z.enum(conferenceStatuses),
  chair: person,
  /** Agenda items the viewer may see (trajectories they are on); items of other trajectories are not counted. */
  visibleItemCount: z.number().int(),
});
export type ConferenceSummary = z.infer<typeof conferenceSummary>;

export const decisionView = z.object({ id: z.string(), text: z.string(), createdBy: person, createdAt: z.string() });
export const actionView = z.object({
  id: z.string(),
  description: z.string(),
  responsible: person,
  dueDate: z.string(),
  status: z.string(),
  taskId: z.string().nullable(),
});
export type DecisionView = z.infer<typeof decisionView>;
export type ActionView = z.infer<typeof actionView>;

export const itemView = z.object({
  id: z.string(),
  position: z.number().int(),
  trajectory: z.object({ id: z.string(), number: z.string(), name: z.string(), phase: z.string() }),
  question: z.string(),
  discussion: z.string(),
  /** Whether the viewer may record discussion, decisions and actions for this item (team member with write). */
  canWrite: z.boolean(),
  team: z.array(z.object({ userId: z.string(), name: z.string(), organisation: z.string(), teamRole: z.string() })),
  decisions: z.array(decisionView),
  actions: z.array(actionView),
});
export type ItemView = z.infer<typeof itemView>;

export const attendeeView = z.object({
  id: z.string(),
  userId: z.string().nullable(),
  name: z.string(),
  organisation: z.string(),
  present: z.boolean().nullable(),
});
export type AttendeeView = z.infer<typeof attendeeView>;

export const conferenceDetail = conferenceSummary.extend({
  heldAt: z.string().nullable(),
  createdBy: person,
  attendees: z.array(attendeeView),
  items: z.array(itemView),
  permissions: z.object({
    /** Chair or creator with records:write: agenda, attendance, marking as held. */
    canManage: z.boolean(),
    /** Whether discussion, decisions and actions can be recorded now (from the conference day until 14 days after). */
    recordingOpen: z.boolean(),
  }),
  /** Last day decisions and actions can be recorded. */
  recordingUntil: z.string(),
});
export type ConferenceDetail = z.infer<typeof conferenceDetail>;

export const trajectoryConference = z.object({
  id: z.string(),
  number: z.string(),
  title: z.string(),
  heldOn: z.string(),
  status: z.enum(conferenceStatuses),
  itemId: z.string(),
  question: z.string(),
  discussion: z.string(),
  decisions: z.array(decisionView),
  actions: z.array(actionView),
});
export type TrajectoryConference = z.infer<typeof trajectoryConference>;
