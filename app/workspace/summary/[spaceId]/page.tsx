import { notFound } from "next/navigation";
import { ZSpaceId } from "../../../../core/protocol/handshake";
import { CounsellorSummary } from "./counsellor-summary";
import "../../workspace.css";

export const metadata = { title: "Session summary · Breathing Room" };

/** The counsellor's printable copy: the couple's summary and, only here, their own notes. */
export default async function SummaryPage({ params }: { params: Promise<{ spaceId: string }> }) {
  const { spaceId } = await params;
  if (!ZSpaceId.safeParse(spaceId).success) notFound();
  return <CounsellorSummary spaceId={spaceId} />;
}
