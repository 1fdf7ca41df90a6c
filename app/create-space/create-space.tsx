"use client";

import { useState } from "react";
import type { TCreateSpaceResponse } from "../../core/protocol/create-space";
import { CreateSpaceForm } from "./create-space-form";
import { InviteCard } from "./invite-card";

/** The home page's one task: create a space, then hand out the personal links. */
export function CreateSpace() {
  const [created, setCreated] = useState<TCreateSpaceResponse | null>(null);
  return created ? <InviteCard created={created} /> : <CreateSpaceForm onCreated={setCreated} />;
}
