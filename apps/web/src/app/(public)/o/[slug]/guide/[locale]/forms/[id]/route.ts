import type { NextRequest } from 'next/server';
import { submitIntake } from '../../../../../../../../intake/submit-intake';

/**
 * A survivor's form, sent as multipart to the form's own address. The proxy renders the
 * page (GET) and leaves these posts out, because it would buffer a copy of their body; here
 * the body streams on to the API, whatever the size of the files.
 */
export async function POST(
  request: NextRequest,
  { params }: { params: Promise<{ slug: string; locale: string; id: string }> },
): Promise<Response> {
  return submitIntake(request, await params);
}
