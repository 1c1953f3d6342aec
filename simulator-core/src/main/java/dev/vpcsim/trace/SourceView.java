package dev.vpcsim.trace;

import dev.vpcsim.model.Connector;
import dev.vpcsim.model.VpcEgress;
import dev.vpcsim.model.Workload;
import dev.vpcsim.model.WorkloadType;

/** A workload as the engine sees it: its start step, how it reaches a VPC, and what makes its deploy fail. */
final class SourceView {
    /** How the workload's traffic can enter a VPC. */
    enum Access { NONE, CONNECTOR, DIRECT_VPC }

    final Workload workload;
    final StepState startState;
    final StepInfo.WorkloadInfo info;
    final String description;
    final String resource;
    final Access access;
    /** Why the deploy fails with UNSUPPORTED; null when it does not. */
    final String unsupported;
    /** The connector's region differs from the workload's (VPC_CONNECTOR_REGION_MISMATCH). */
    final boolean regionMismatch;
    /** Null when access is NONE. */
    final EntryView entry;
    /** The workload's egress is private-ranges-only. */
    final boolean privateRangesOnly;
    /** UNSUPPORTED or VPC_CONNECTOR_REGION_MISMATCH when deploying fails, with its reason and fix; else null. */
    final AbortCause deployAbort;
    final String deployReason;
    final String deployFix;

    SourceView(Workload w, EntryView entry, Access access) {
        this.workload = w;
        this.startState = StepState.valueOf(w.type().startState());
        this.resource = w.resource();
        this.access = access;
        this.entry = entry;
        this.privateRangesOnly = w.vpcEgress() == VpcEgress.PRIVATE_RANGES_ONLY;
        String vpcAccess = w.vpcConnector().map(c -> "connector " + c).orElse("")
                + (w.vpcConnector().isPresent() && w.usesDirectVpc() ? " and " : "")
                + (w.usesDirectVpc() ? "Direct VPC egress " + w.network().orElse("") + (w.network().isPresent()
                && w.subnet().isPresent() ? "/" : "") + w.subnet().orElse("") : "");
        if (vpcAccess.isEmpty()) {
            vpcAccess = "none";
        }
        this.info = new StepInfo.WorkloadInfo(w.name(), w.type().id(), w.region(), vpcAccess,
                access == Access.NONE ? "none" : w.vpcEgress().id());
        this.description = "Starts from " + w.type().id() + (w.type() == WorkloadType.CLOUD_FUNCTION
                ? " (generation " + w.generation() + ")" : "") + " " + w.name() + " in " + w.region()
                + " (VPC access: " + vpcAccess + (access == Access.NONE ? "" : ", egress " + w.vpcEgress().id()) + ").";
        this.unsupported = unsupported(w);
        this.regionMismatch = entry != null && entry.connector
                && !entry.connectorOrThrow().region().equals(w.region());
        if (unsupported != null) {
            deployAbort = AbortCause.UNSUPPORTED;
            deployReason = "Deploying fails: " + unsupported + ".";
            deployFix = Fixes.unsupported(this);
        } else if (regionMismatch) {
            Connector con = connector();
            deployAbort = AbortCause.VPC_CONNECTOR_REGION_MISMATCH;
            deployReason = "Deploying fails: connector " + con.name() + " is in " + con.region() + ", workload "
                    + w.name() + " in " + w.region() + ".";
            deployFix = Fixes.regionMismatch(this);
        } else {
            deployAbort = null;
            deployReason = null;
            deployFix = null;
        }
    }

    private static String unsupported(Workload w) {
        if (w.vpcConnector().isPresent() && w.usesDirectVpc()) {
            return "workload " + w.name() + " names both connector " + w.vpcConnector().get()
                    + " and Direct VPC egress; a workload uses one or the other";
        }
        if (w.usesDirectVpc() && w.type() == WorkloadType.APP_ENGINE) {
            return "App Engine does not support Direct VPC egress";
        }
        if (w.usesDirectVpc() && w.type() == WorkloadType.CLOUD_FUNCTION && w.generation() == 1) {
            return "1st gen Cloud Functions do not support Direct VPC egress";
        }
        return null;
    }

    Connector connector() {
        return entry.connectorOrThrow();
    }
}
