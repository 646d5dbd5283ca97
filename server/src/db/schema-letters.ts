import type { Generated } from 'kysely';
import type { CreatedAt, DefaultTimestamp, Json } from './schema-types.js';

export interface LetterTemplateTable {
  id: Generated<string>;
  code: string;
  kind: string;
  name_nl: string;
  name_en: string;
  subject: string;
  /** Text with merge fields such as {{addressee}}; only known fields are accepted. */
  body: string;
  version: Generated<number>;
  active: Generated<boolean>;
  updated_by: string | null;
  updated_at: DefaultTimestamp;
}

export interface LetterTemplateVersionTable {
  template_id: string;
  version: number;
  subject: string;
  body: string;
  note: Generated<string>;
  changed_by: string | null;
  changed_at: DefaultTimestamp;
}

export interface LetterTable {
  id: Generated<string>;
  record_type: string;
  record_id: string;
  template_id: string;
  template_version: number;
  kind: string;
  version: number;
  subject: string;
  merge_values: Json;
  file_id: string;
  created_by: string;
  created_at: CreatedAt;
}

export interface LetterTables {
  letter_templates: LetterTemplateTable;
  letter_template_versions: LetterTemplateVersionTable;
  letters: LetterTable;
}
