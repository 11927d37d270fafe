/** The parts of mailauth (email authentication) that Cairn uses. */
declare module 'mailauth' {
  interface Status {
    result: string;
    comment?: string | false;
  }
  export interface AuthenticateResult {
    dkim: {
      results?: { signingDomain?: string; selector?: string; status: Status; info?: string }[];
    };
    spf: { domain?: string; status: Status } | false;
    dmarc: { domain?: string; status: Status } | false;
    arc: { status: Status } | false;
  }
  export function authenticate(
    input: Buffer,
    options: {
      resolver: (name: string, type: string) => Promise<unknown>;
      trustReceived?: boolean;
      mta?: string;
      disableBimi?: boolean;
      minBitLength?: number;
    },
  ): Promise<AuthenticateResult>;
}

/** mailauth's DKIM signer: Cairn's tests sign messages with it. */
declare module 'mailauth/lib/dkim/sign' {
  export function dkimSign(
    message: Buffer,
    options: { signatureData: { signingDomain: string; selector: string; privateKey: string }[] },
  ): Promise<{ signatures: string; errors: unknown[] }>;
}

/** Block-mean-value perceptual hash (blockhash.io) over decoded RGBA pixels. */
declare module 'blockhash-core' {
  export function bmvbhash(
    image: { width: number; height: number; data: Uint8Array | Buffer },
    bits: number,
  ): string;
}
