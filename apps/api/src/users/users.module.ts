import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { InviteAcceptanceService } from './invite-acceptance.service';
import { InvitesController } from './invites.controller';
import { InvitesService } from './invites.service';
import { StaffController } from './staff.controller';
import { StaffService } from './staff.service';

@Module({
  imports: [AuthModule],
  controllers: [StaffController, InvitesController],
  providers: [StaffService, InvitesService, InviteAcceptanceService],
})
export class UsersModule {}
