package dev.vpcsim.bench.ref;

import dev.vpcsim.model.Subnet;

import java.util.List;
import java.util.Optional;

/**
 * Where a packet enters the VPC: through a connector or by Direct VPC egress [SVA][DVPC].
 *
 * @param network             the network it enters
 * @param subnet              the subnet its address comes from (connector subnet, hidden or named; Direct VPC subnet)
 * @param ip                  its source address inside the VPC
 * @param tags                network tags it carries (connector VMs' tags, or the workload's)
 * @param serviceAccount      the account a rule could match (none for connector traffic)
 * @param directVpc           true for Direct VPC egress
 * @param privateGoogleAccess whether the source subnet may reach Google APIs without an external address
 */
record Source(String network, Subnet subnet, long ip, List<String> tags, Optional<String> serviceAccount,
              boolean directVpc, boolean privateGoogleAccess) {
}
