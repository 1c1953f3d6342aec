package dev.vpcsim.model;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A serverless workload. VPC access is a connector, or Direct VPC egress ({@code network} and/or
 * {@code subnet}), or none; a workload that names both loads so that {@code check} can report it.
 *
 * @param name           unique among workloads
 * @param type           kind of workload
 * @param generation     1 or 2 (functions); 2 for the others
 * @param region         its region
 * @param serviceAccount the identity it runs as
 * @param vpcConnector   connector name, if it uses one
 * @param network        Direct VPC network as written
 * @param subnet         Direct VPC subnet as written
 * @param networkTags    network tags of Direct VPC traffic
 * @param vpcEgress      egress setting
 * @param scaling        instance scaling
 */
public record Workload(String name, WorkloadType type, int generation, String region, Optional<String> serviceAccount,
                       Optional<String> vpcConnector, Optional<String> network, Optional<String> subnet,
                       List<String> networkTags, VpcEgress vpcEgress, Scaling scaling) implements Serializable {
    public Workload {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(vpcEgress, "vpcEgress");
        Objects.requireNonNull(scaling, "scaling");
        networkTags = List.copyOf(networkTags);
    }

    /** True when the workload asks for Direct VPC egress. */
    public boolean usesDirectVpc() {
        return network.isPresent() || subnet.isPresent();
    }

    /** The Direct VPC subnet name: {@code subnet}, or a lone {@code network}'s own name [DVPC]. */
    public Optional<String> directVpcSubnetName() {
        return subnet.isPresent() ? subnet : network;
    }

    /** {@code workloads/NAME}. */
    public String resource() {
        return "workloads/" + name;
    }

    /** Serialized through a proxy: {@link Optional} is not serializable. */
    private Object writeReplace() {
        return new SerialForm(name, type, generation, region, serviceAccount.orElse(null), vpcConnector.orElse(null),
                network.orElse(null), subnet.orElse(null), networkTags, vpcEgress, scaling);
    }

    private void readObject(java.io.ObjectInputStream in) throws java.io.InvalidObjectException {
        throw new java.io.InvalidObjectException("serialized through SerialForm");
    }

    private record SerialForm(String name, WorkloadType type, int generation, String region, String serviceAccount,
                              String vpcConnector, String network, String subnet, List<String> networkTags,
                              VpcEgress vpcEgress, Scaling scaling) implements Serializable {
        private Object readResolve() {
            return new Workload(name, type, generation, region, Optional.ofNullable(serviceAccount),
                    Optional.ofNullable(vpcConnector), Optional.ofNullable(network), Optional.ofNullable(subnet),
                    networkTags, vpcEgress, scaling);
        }
    }
}
