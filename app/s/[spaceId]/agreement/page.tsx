import { notFound } from "next/navigation";
import { ZSpaceId } from "../../../../core/protocol/handshake";
import { AgreementScreen } from "./agreement-screen";

export const metadata = { title: "Our agreement · Breathing Room" };

/** Like the space page, it renders nothing private on the server: the agreement arrives in this participant's view. */
export default async function AgreementPage({ params }: { params: Promise<{ spaceId: string }> }) {
  const { spaceId } = await params;
  if (!ZSpaceId.safeParse(spaceId).success) notFound();
  return <AgreementScreen spaceId={spaceId} />;
}
