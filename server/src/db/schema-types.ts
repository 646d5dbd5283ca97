import type { ColumnType } from 'kysely';

/** Column types shared by the table definitions in schema*.ts. */
export type Timestamp = ColumnType<Date, Date | string, Date | string>;
export type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
/** A timestamp with a database default that may also be given or changed. */
export type DefaultTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** A `date` column, read and written as YYYY-MM-DD (the pg type parser is set to keep dates as text). */
export type DateColumn = ColumnType<string, string, string>;
export type NullableDate = ColumnType<string | null, string | null | undefined, string | null>;
/** A jsonb column: read as parsed JSON, written as a JSON string. */
export type Json = ColumnType<unknown, string | undefined, string>;
export type NullableJson = ColumnType<unknown, string | null | undefined, string | null>;
