import { Controller, Res } from '@nestjs/common';
import { evidenceExportRoutes, RouteInput } from '@cairn/contracts';
import type { FastifyReply } from 'fastify';
import { PassThrough } from 'node:stream';
import { Input, Route } from '../../core/http/route.decorator';
import { attachmentDisposition } from '../file-name';
import { EvidenceExportService } from './evidence-export.service';

type In<K extends keyof typeof evidenceExportRoutes> = RouteInput<(typeof evidenceExportRoutes)[K]>;

const ZIP_HEADERS = {
  'content-type': 'application/zip',
  'x-content-type-options': 'nosniff',
  'cache-control': 'private, no-store',
} as const;

@Controller()
export class EvidenceExportController {
  constructor(private readonly exports: EvidenceExportService) {}

  /**
   * A small bundle streams as it is written, so its length is not known in advance; a
   * failure once bytes have left cuts the transfer short rather than end a broken ZIP well.
   */
  @Route(evidenceExportRoutes.create)
  async create(@Input() input: In<'create'>, @Res() reply: FastifyReply): Promise<void> {
    const created = await this.exports.create(input.params.id, input.body);
    if (created.kind === 'queued') {
      await reply.code(202).send(created.view);
      return;
    }
    // Room for a few of the ZIP's chunks while the socket takes the last, instead of the
    // writer stopping after each one (Node's default is 16 KiB, a quarter of one chunk); not
    // more, since chunks held longer are promoted out of V8's young generation.
    const body = new PassThrough({ highWaterMark: 256 * 1024 });
    created.write(body).catch((error: unknown) => {
      reply.log.error({ err: error }, 'evidence bundle cut short');
      body.destroy(error as Error);
    });
    await reply
      .headers({ ...ZIP_HEADERS, 'content-disposition': attachmentDisposition(created.fileName) })
      .send(body);
  }

  @Route(evidenceExportRoutes.get)
  get(@Input() input: In<'get'>) {
    return this.exports.get(input.params.id, input.params.exportId);
  }

  @Route(evidenceExportRoutes.download)
  async download(@Input() input: In<'download'>, @Res() reply: FastifyReply): Promise<void> {
    const bundle = await this.exports.content(input.params.id, input.params.exportId);
    await reply
      .headers({
        ...ZIP_HEADERS,
        'content-length': String(bundle.size),
        'content-disposition': attachmentDisposition(bundle.fileName),
      })
      .send(bundle.content);
  }
}
