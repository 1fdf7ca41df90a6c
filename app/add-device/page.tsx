import { AddDeviceForm } from "./add-device-form";

export const metadata = { title: "Add this device · Breathing Room" };

/** Where a code made on another device signs this one in, for a partner or a counsellor alike. */
export default function AddDevicePage() {
  return (
    <>
      <h1>Add this device</h1>
      <p className="lead">Type the code your other device shows. Nothing is copied from it but the right to come in.</p>
      <AddDeviceForm />
    </>
  );
}
