import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
// Importing the module graph runs every controller's @Route decorators.
import '../app.module';
import { registeredRoutes } from '../core/http/route.decorator';
import { buildOpenApiDocument } from '../core/openapi/openapi-document';

/** `npm run openapi -w @cairn/api`: writes the committed OpenAPI document (apps/api/openapi.json). */
const target = path.resolve(__dirname, '../../openapi.json');
writeFileSync(target, `${JSON.stringify(buildOpenApiDocument(registeredRoutes()), null, 2)}\n`);
console.log(`wrote ${target}`);
