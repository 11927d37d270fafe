import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { ContactsController } from './contacts.controller';
import { ContactsService } from './contacts.service';
import { FollowUpsService } from './follow-ups.service';

@Module({
  imports: [CasesModule],
  controllers: [ContactsController],
  providers: [ContactsService, FollowUpsService],
  exports: [FollowUpsService],
})
export class ContactsModule {}
