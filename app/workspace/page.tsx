import { WorkspaceScreen } from "./workspace-screen";
import "./workspace.css";

export const metadata = { title: "Your workspace · Breathing Room" };

/** Carries no content: the couples arrive over the workspace's own socket, for this counsellor only. */
export default function WorkspacePage() {
  return <WorkspaceScreen />;
}
