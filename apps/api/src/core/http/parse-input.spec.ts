import { defineRoute } from '@cairn/contracts';
import { z } from 'zod';
import { AppError } from '../errors/app-error';
import { parseRouteInput } from './parse-input';

const route = defineRoute({
  method: 'POST',
  path: '/things/{id}',
  summary: 'test',
  tag: 'test',
  auth: 'staff',
  params: z.strictObject({ id: z.uuid() }),
  body: z.strictObject({ name: z.string().min(1), size: z.number().int() }),
});

function errorOf(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error;
  }
  throw new Error('expected an AppError');
}

describe('parseRouteInput', () => {
  it('reports every bad field of every location with where it is', () => {
    const error = errorOf(() =>
      parseRouteInput(route, { params: { id: 'nope' }, body: { name: '', size: 'big' } }),
    );
    expect(error.code).toBe('validation-failed');
    expect(error.extra.errors).toEqual([
      expect.objectContaining({ in: 'params', field: 'id' }),
      expect.objectContaining({ in: 'body', field: 'name' }),
      expect.objectContaining({ in: 'body', field: 'size' }),
    ]);
  });

  it('names the body itself when it is missing or not an object', () => {
    for (const body of [undefined, null, 'text', [1, 2]]) {
      const error = errorOf(() =>
        parseRouteInput(route, { params: { id: '7f1c0d7e-8a89-4d33-9d0c-4d1e3e0f6a10' }, body }),
      );
      expect(error.extra.errors).toEqual([expect.objectContaining({ in: 'body', field: 'body' })]);
    }
  });

  it('rejects unknown body fields by name', () => {
    const error = errorOf(() =>
      parseRouteInput(route, {
        params: { id: '7f1c0d7e-8a89-4d33-9d0c-4d1e3e0f6a10' },
        body: { name: 'a', size: 1, admin: true },
      }),
    );
    expect(JSON.stringify(error.extra.errors)).toContain('admin');
  });
});
