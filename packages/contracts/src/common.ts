import { z } from 'zod';
import { singleLineText } from './text';

export const Uuid = z.uuid();
export const IdParams = z.strictObject({ id: Uuid });
export type IdParams = z.infer<typeof IdParams>;

export const Email = z
  .email()
  .max(254, { error: 'Shorten this email address to at most 254 characters' })
  .transform((value) => value.trim().toLowerCase());

export const Role = z.enum(['ADMIN', 'SUPERVISOR', 'CASEWORKER']);
export type Role = z.infer<typeof Role>;

export const OrgSlug = singleLineText(48, { min: 2, trim: false }).regex(
  /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/,
  'Use lowercase letters, digits and inner hyphens',
);

export const Timestamp = z.iso.datetime({ offset: true });

/** RFC 9457 problem details, with the field errors Cairn adds for bad input. */
export const Problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  instance: z.string().optional(),
  code: z.string(),
  errorId: z.string().optional(),
  errors: z
    .array(
      z.object({
        /** Where the field is: the body, the query string or the path. */
        in: z.enum(['body', 'query', 'params']).optional(),
        field: z.string(),
        /** In English; `code` and `params` let a client say it in its reader's language. */
        message: z.string(),
        /** The rule the value broke, a key of the contracts' field-error table. */
        code: z.string().optional(),
        params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
      }),
    )
    .optional(),
});
export type Problem = z.infer<typeof Problem>;
