import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { ContactsModule } from '../contacts/contacts.module';
import { QueueController } from './queue.controller';
import { QueueService } from './queue.service';

@Module({
  imports: [CasesModule, ContactsModule],
  controllers: [QueueController],
  providers: [QueueService],
})
export class QueueModule {}
