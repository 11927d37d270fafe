import { z } from 'zod';

export const Uuid = z.uuid();
export const IdParams = z.strictObject({ id: z.uuid() });
export type IdParams = z.infer<typeof IdParams>;

export const Email = z
  .email()
  .max(254)
  .transform((value) => value.trim().toLowerCase());

export const Role = z.enum(['ADMIN', 'SUPERVISOR', 'CASEWORKER']);
export type Role = z.infer<typeof Role>;

export const OrgSlug = z
  .string()
  .min(2)
  .max(48)
  .regex(/^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/, 'lowercase letters, digits and inner hyphens');

/** Opaque cursor of a keyset-paginated list. */
export const Cursor = z
  .string()
  .max(200)
  .regex(/^[A-Za-z0-9_-]+$/);

export const PageQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: Cursor.optional(),
});

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
        message: z.string(),
      }),
    )
    .optional(),
});
export type Problem = z.infer<typeof Problem>;
