import { Global, Module } from '@nestjs/common';
import { PrismaService } from './prisma.service';
import { PlatformDb, TenantDb } from './tenant-db';

@Global()
@Module({
  providers: [PrismaService, TenantDb, PlatformDb],
  exports: [TenantDb, PlatformDb],
})
export class DatabaseModule {}
