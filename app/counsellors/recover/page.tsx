import { RecoverWorkspace } from "./recover-workspace";

export const metadata = { title: "Recover your workspace · Breathing Room" };

export default function RecoverPage() {
  return (
    <>
      <h1>Back into your workspace</h1>
      <p className="lead">Lost every device and your link? Your recovery code makes a new link. Your old links stop working.</p>
      <RecoverWorkspace />
    </>
  );
}
