import { Module } from '@nestjs/common';
import { AuthController } from './auth.controller';
import { LoginService } from './login.service';
import { MeService } from './me.service';
import { RateLimiter } from './rate-limiter';
import { SessionsService } from './sessions.service';

@Module({
  controllers: [AuthController],
  providers: [LoginService, SessionsService, MeService, RateLimiter],
  exports: [SessionsService, MeService],
})
export class AuthModule {}
