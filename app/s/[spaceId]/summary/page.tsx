import { notFound } from "next/navigation";
import { ZSpaceId } from "../../../../core/protocol/handshake";
import { PartnersSummary } from "./partners-summary";

export const metadata = { title: "Session summary · Breathing Room" };

/** The couple's own printable summary; a counsellor's notes are never in it (WSP3). */
export default async function SpaceSummaryPage({ params }: { params: Promise<{ spaceId: string }> }) {
  const { spaceId } = await params;
  if (!ZSpaceId.safeParse(spaceId).success) notFound();
  return <PartnersSummary spaceId={spaceId} />;
}
