import { Controller, Req, Res } from '@nestjs/common';
import { evidenceAnalysisRoutes, evidenceRoutes, evidenceUpload } from '@cairn/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Readable } from 'node:stream';
import { RequestContext } from '../core/context/request-context';
import { Input, Route } from '../core/http/route.decorator';
import { EvidenceAnalysisReadService } from './analysis/evidence-analysis-read.service';
import { EvidenceFlagsService } from './evidence-flags.service';
import { EvidenceLinksService } from './evidence-links.service';
import { EvidenceReadService } from './evidence-read.service';
import type { AnalysisIn, AnalysisOut, EvidenceIn, EvidenceOut } from './evidence-routes';
import { EvidenceUploadService } from './evidence-upload.service';
import { attachmentDisposition } from './file-name';
import { receiveUpload } from './multipart-upload';

/**
 * Downloaded evidence never runs in Cairn's origin, whatever it is: it is an attachment of
 * no particular type, the browser may not sniff one, and a sandbox stops scripts.
 */
const DOWNLOAD_HEADERS = {
  'content-type': 'application/octet-stream',
  'x-content-type-options': 'nosniff',
  'content-security-policy': "sandbox; default-src 'none'",
  'cache-control': 'private, no-store',
} as const;

@Controller()
export class EvidenceController {
  constructor(
    private readonly uploads: EvidenceUploadService,
    private readonly links: EvidenceLinksService,
    private readonly reads: EvidenceReadService,
    private readonly flags: EvidenceFlagsService,
    private readonly analysisReads: EvidenceAnalysisReadService,
  ) {}

  @Route(evidenceRoutes.upload)
  async upload(
    @Input() input: EvidenceIn<'upload'>,
    @Req() request: FastifyRequest,
  ): EvidenceOut<'upload'> {
    const actor = RequestContext.requireActor();
    const staged = await receiveUpload(request, evidenceUpload, (fields, file) =>
      this.uploads.stage(
        {
          ...fields,
          caseId: input.params.id,
          uploader: { kind: 'staff', userId: actor.userId },
        },
        file,
      ),
    );
    return staged.commit();
  }

  @Route(evidenceRoutes.addLink)
  addLink(@Input() input: EvidenceIn<'addLink'>): EvidenceOut<'addLink'> {
    return this.links.add(input.params.id, input.body);
  }

  @Route(evidenceRoutes.list)
  list(@Input() input: EvidenceIn<'list'>): EvidenceOut<'list'> {
    return this.reads.list(input.params.id, input.query);
  }

  @Route(evidenceRoutes.get)
  async get(@Input() input: EvidenceIn<'get'>): EvidenceOut<'get'> {
    const item = await this.reads.get(input.params.id);
    return { ...item, ...(await this.analysisReads.detail(item.id, item.kind)) };
  }

  @Route(evidenceRoutes.download)
  async download(
    @Input() input: EvidenceIn<'download'>,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    // Fastify serves HEAD through this handler too: headers only, and no download logged.
    // It drops a HEAD's body; an empty stream (not none) keeps the real Content-Length.
    const item =
      request.method === 'HEAD'
        ? await this.reads.contentHead(input.params.id)
        : await this.reads.content(input.params.id);
    await reply
      .headers({
        ...DOWNLOAD_HEADERS,
        'content-length': String(item.sizeBytes),
        'content-disposition': attachmentDisposition(item.fileName),
        'repr-digest': `sha-256=:${Buffer.from(item.sha256, 'hex').toString('base64')}:`,
      })
      .send('content' in item ? item.content : Readable.from([]));
  }

  @Route(evidenceAnalysisRoutes.gps)
  gps(@Input() input: AnalysisIn<'gps'>): AnalysisOut<'gps'> {
    return this.analysisReads.gps(input.params.id);
  }

  @Route(evidenceAnalysisRoutes.thumbnail)
  async thumbnail(
    @Input() input: AnalysisIn<'thumbnail'>,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const content = await this.analysisReads.thumbnail(input.params.id);
    await reply.headers({ ...DOWNLOAD_HEADERS, 'content-type': 'image/jpeg' }).send(content);
  }

  @Route(evidenceAnalysisRoutes.recheckAuthenticity)
  recheck(@Input() input: AnalysisIn<'recheckAuthenticity'>): AnalysisOut<'recheckAuthenticity'> {
    return this.analysisReads.recheck(input.params.id, input.body.live);
  }

  @Route(evidenceRoutes.verify)
  verify(@Input() input: EvidenceIn<'verify'>): EvidenceOut<'verify'> {
    return this.reads.verify(input.params.id);
  }

  @Route(evidenceRoutes.hide)
  hide(@Input() input: EvidenceIn<'hide'>): EvidenceOut<'hide'> {
    return this.flags.change(input.params.id, 'HIDDEN', input.body.reason);
  }

  @Route(evidenceRoutes.show)
  show(@Input() input: EvidenceIn<'show'>): EvidenceOut<'show'> {
    return this.flags.change(input.params.id, 'SHOWN', input.body.reason);
  }

  @Route(evidenceRoutes.hold)
  hold(@Input() input: EvidenceIn<'hold'>): EvidenceOut<'hold'> {
    return this.flags.change(input.params.id, 'HOLD_SET', input.body.reason);
  }

  @Route(evidenceRoutes.release)
  release(@Input() input: EvidenceIn<'release'>): EvidenceOut<'release'> {
    return this.flags.change(input.params.id, 'HOLD_RELEASED', input.body.reason);
  }
}
