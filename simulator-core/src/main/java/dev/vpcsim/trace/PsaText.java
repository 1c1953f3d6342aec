package dev.vpcsim.trace;

import dev.vpcsim.addressing.AddressPlan;

/**
 * What a trace shows when a flow ends at a private-services-access range of another network
 * (GOOGLE_MANAGED_SERVICE_NO_PEERING), built once per range: the texts around the destination address, the
 * workload and the network the packet is in.
 */
final class PsaText {
    final String blockText;
    /** After the destination address: the route step's description. */
    final String descriptionTail;
    /** After the destination address: the drop reason. */
    final String reasonTail;
    /** After the destination address, before the workload name: the fix. */
    final String fixLead;
    /** After the workload name, before the network the packet is in: the fix. */
    final String fixTail;

    PsaText(AddressPlan.PsaRange psa) {
        this.blockText = psa.range().blockText();
        this.descriptionTail = " is in private-services-access range " + psa.name() + " (" + blockText
                + ") of network " + psa.network() + ", which only that network reaches.";
        this.reasonTail = " is reachable only from network " + psa.network() + ".";
        this.fixLead = Fixes.managedNoPeeringLead(psa);
        this.fixTail = Fixes.managedNoPeeringTail(psa);
    }
}
