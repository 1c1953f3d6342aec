package dev.vpcsim.firewall;

import dev.vpcsim.model.Protocol;

import java.util.List;
import java.util.Optional;

/**
 * What a firewall rule can see of a packet and of the two instances it travels between.
 *
 * @param sourceIp             source address (unsigned 32-bit)
 * @param sourceTags           network tags of the source (connector VMs: their tags; Direct VPC: the workload's)
 * @param sourceServiceAccount service account the source runs as, if any
 * @param sourceInNetwork      whether the source is inside the rule's network (source tags and service accounts
 *                             match only such sources)
 * @param destinationIp        destination address
 * @param protocol             TCP, UDP or ICMP
 * @param port                 destination port (ignored for ICMP)
 * @param targetTags           tags of the instance the rule protects: the destination for INGRESS, the source for EGRESS
 * @param targetServiceAccount service account of that instance, if any
 */
public record PacketView(long sourceIp, List<String> sourceTags, Optional<String> sourceServiceAccount,
                         boolean sourceInNetwork, long destinationIp, Protocol protocol, int port,
                         List<String> targetTags, Optional<String> targetServiceAccount) {
    public PacketView {
        sourceTags = List.copyOf(sourceTags);
        targetTags = List.copyOf(targetTags);
    }
}
