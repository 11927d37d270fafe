import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { TakedownSendingService } from './takedown-sending.service';
import { TakedownsController } from './takedowns.controller';
import { TakedownsService } from './takedowns.service';

@Module({
  imports: [CasesModule],
  controllers: [TakedownsController],
  providers: [TakedownsService, TakedownSendingService],
})
export class TakedownsModule {}
