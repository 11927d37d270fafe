import { readFileSync } from 'node:fs';
import path from 'node:path';
import '../../app.module';
import { registeredRoutes } from '../http/route.decorator';
import { buildOpenApiDocument } from './openapi-document';

describe('the OpenAPI document', () => {
  const generated = buildOpenApiDocument(registeredRoutes());

  it('is committed as generated: run `npm run openapi -w @cairn/api` after changing a contract', () => {
    const committed = JSON.parse(
      readFileSync(path.resolve(__dirname, '../../../openapi.json'), 'utf8'),
    );
    expect(committed).toEqual(JSON.parse(JSON.stringify(generated)));
  });

  it('documents the login body with its required fields', () => {
    const paths = generated.paths as Record<
      string,
      Record<
        string,
        { requestBody?: { content: Record<string, { schema: { required?: string[] } }> } }
      >
    >;
    const schema = paths['/auth/login']?.post?.requestBody?.content['application/json']?.schema;
    expect(schema?.required).toEqual(['email', 'password']);
  });
});
