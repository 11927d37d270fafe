import type { NextRequest } from 'next/server';
import { addFollowUpEvidence } from '../../../../../../follow-up/add-evidence';

/** Files added from the follow-up page; left out of the proxy, which would buffer them. */
export async function POST(
  request: NextRequest,
  { params }: { params: Promise<{ slug: string }> },
): Promise<Response> {
  return addFollowUpEvidence(request, (await params).slug);
}
