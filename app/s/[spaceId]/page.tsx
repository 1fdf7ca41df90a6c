import { notFound } from "next/navigation";
import { ZSpaceId } from "../../../core/protocol/handshake";
import { SpaceScreen } from "./space-screen";

export const metadata = { title: "Our space · Breathing Room" };

/**
 * The page itself carries no content of the space: everything arrives over the socket
 * as this participant's own view, so server-rendered HTML can never leak a statement.
 */
export default async function SpacePage({ params }: { params: Promise<{ spaceId: string }> }) {
  const { spaceId } = await params;
  if (!ZSpaceId.safeParse(spaceId).success) notFound();
  return <SpaceScreen spaceId={spaceId} />;
}
