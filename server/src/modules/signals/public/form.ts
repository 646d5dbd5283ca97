import type { FastifyRequest } from 'fastify';
import type { IntakeInput } from '../intake.js';

/**
 * Reading the public forms (multipart/form-data, so a browser without JavaScript can send photos) and
 * turning them into an intake. File names and declared types are ignored: photos are judged on their
 * content (photos.ts).
 */

export interface ReceivedFile {
  field: string;
  content: Buffer;
  /** Larger than the size limit; `content` then holds only the first part. */
  tooLarge: boolean;
}

export interface ReceivedForm {
  fields: Map<string, string[]>;
  files: ReceivedFile[];
  /** More files than allowed were sent (the rest is dropped). */
  tooManyFiles: boolean;
  /** The form did not arrive whole: too many fields, a malformed body, a forbidden field name. */
  incomplete: boolean;
}

export interface ReadLimits {
  maxFiles: number;
  maxFileBytes: number;
  /** Form fields (not files); each checkbox ticked is one. */
  maxFields: number;
}

/** Longest value of one form field, in bytes: above the longest text any field accepts, so a cut value still reads as too long. */
const FIELD_BYTES = 32 * 1024;

/**
 * Reads a multipart form. Never throws for what a client sends: limits and malformed bodies are
 * reported in the result, with what arrived before them.
 */
export async function readForm(req: FastifyRequest, limits: ReadLimits): Promise<ReceivedForm> {
  const form: ReceivedForm = { fields: new Map(), files: [], tooManyFiles: false, incomplete: false };
  if (!req.isMultipart()) {
    form.incomplete = true;
    return form;
  }
  // One byte over the limit tells "too large" from "exactly the limit"; the oversized rest is dropped by the parser.
  const options = {
    limits: {
      files: limits.maxFiles,
      fields: limits.maxFields,
      fileSize: limits.maxFileBytes + 1,
      fieldSize: FIELD_BYTES,
      parts: limits.maxFields + limits.maxFiles + 10,
    },
    throwFileSizeLimit: false,
  };
  try {
    for await (const part of req.parts(options)) {
      if (part.type === 'field') {
        const value = typeof part.value === 'string' ? part.value : '';
        const list = form.fields.get(part.fieldname);
        if (list) list.push(value);
        else form.fields.set(part.fieldname, [value]);
        continue;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      for await (const chunk of part.file) {
        const buffer = chunk as Buffer;
        if (size <= limits.maxFileBytes) chunks.push(buffer);
        size += buffer.length;
      }
      // A file input left empty still sends a part, without a name and without content.
      if (size === 0 && !part.filename) continue;
      form.files.push({ field: part.fieldname, content: Buffer.concat(chunks), tooLarge: part.file.truncated || size > limits.maxFileBytes });
    }
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_FILES_LIMIT') form.tooManyFiles = true;
    else form.incomplete = true;
  }
  return form;
}

/** The first value of a field, or ''. */
export function one(form: ReceivedForm, name: string): string {
  return form.fields.get(name)?.[0] ?? '';
}

/** Names of the form's inputs (the HTML `name`s). */
export const FIELD_NAMES = {
  category: 'categoryCode',
  submissionKey: 'submissionKey',
  honeypot: 'website',
  description: 'description',
  observedOn: 'observedOn',
  observedTime: 'observedTime',
  postcode: 'postcode',
  houseNumber: 'houseNumber',
  houseLetter: 'houseLetter',
  addition: 'houseNumberAddition',
  lat: 'lat',
  lon: 'lon',
  locationText: 'locationText',
  contactName: 'contactName',
  contactEmail: 'contactEmail',
  contactPhone: 'contactPhone',
  photos: 'photos',
  answerPrefix: 'answers.',
  code: 'code',
  action: 'action',
  additionBody: 'body',
} as const;

/** The intake as the form sends it, before any check. */
export function intakeFromForm(form: ReceivedForm): IntakeInput {
  const f = FIELD_NAMES;
  // fromEntries defines own properties: a field named "answers.__proto__" cannot reach a prototype.
  const answers = Object.fromEntries(
    [...form.fields].filter(([name]) => name.startsWith(f.answerPrefix)).map(([name, values]) => [name.slice(f.answerPrefix.length), values]),
  );
  return {
    categoryCode: one(form, f.category),
    description: one(form, f.description),
    observedOn: one(form, f.observedOn),
    observedTime: one(form, f.observedTime),
    location: {
      postcode: one(form, f.postcode),
      houseNumber: one(form, f.houseNumber),
      houseLetter: one(form, f.houseLetter),
      houseNumberAddition: one(form, f.addition),
      text: one(form, f.locationText),
      lat: one(form, f.lat),
      lon: one(form, f.lon),
    },
    answers,
    contact: { name: one(form, f.contactName), email: one(form, f.contactEmail), phone: one(form, f.contactPhone) },
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** The one-time key the form was rendered with, when it is a well-formed UUID. */
export function submissionKeyOf(form: ReceivedForm): string | null {
  const key = one(form, FIELD_NAMES.submissionKey).trim().toLowerCase();
  return UUID.test(key) ? key : null;
}
