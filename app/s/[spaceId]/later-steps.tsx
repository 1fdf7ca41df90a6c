"use client";

import dynamic from "next/dynamic";

/**
 * The steps after writing, each loaded when the couple gets there (or opens a folded one):
 * a first visit, in the writing step, carries the writing step's code alone.
 */
export const ReflectStep = dynamic(() => import("./reflect/reflect-step").then((m) => m.ReflectStep));
export const RevealedStatements = dynamic(() => import("./reveal/revealed-statements").then((m) => m.RevealedStatements));
export const ProposalsStep = dynamic(() => import("./proposals/proposals-step").then((m) => m.ProposalsStep));
/** A check-in on the agreement, with its form and schemas, only once there is an agreement. */
export const CheckInStep = dynamic(() => import("./check-in/check-in-step").then((m) => m.CheckInStep));
export const AgreementView = dynamic(() => import("./agreement/agreement-view").then((m) => m.AgreementView));
