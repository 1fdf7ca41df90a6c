"use client";

import type { TSpaceView } from "../../../../core/negotiation/view";
import { AddDeviceCode } from "../../../components/add-device-code";
import { DoneStep } from "../done-step";

/** DEV1: open this space on another phone or laptop as the same person, without a new link. */
export function OtherDevice({ view }: { view: TSpaceView }) {
  return (
    <DoneStep summary="Use this space on another device" testId="other-device">
      <AddDeviceCode endpoint="/api/device-codes" body={{ spaceId: view.spaceId }} place="this space" />
    </DoneStep>
  );
}
