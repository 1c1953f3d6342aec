package dev.vpcsim.addressing;

import dev.vpcsim.model.Cidr;
import dev.vpcsim.model.Design;
import dev.vpcsim.model.Endpoint;
import dev.vpcsim.model.EndpointType;
import dev.vpcsim.model.Network;
import dev.vpcsim.model.PrivateServiceRange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Address facts of one design, built once: public routability (semantics.md section 2), private-services-access
 * ranges and their owners (section 5), and who holds an address. Networks and endpoints are numbered in file
 * order; lookups return those numbers (-1 for none) so that the engines do not allocate.
 */
public final class AddressPlan {
    private final Design design;
    private final Map<String, Integer> networkIndex = new HashMap<>();
    private final List<Endpoint> endpoints;
    private final RangeSet notPublic;
    private final RangeSet psaAll;
    private final List<PsaRange> psaRanges = new ArrayList<>();
    private final LongIndex inNetwork;
    private final LongIndex external;
    private final LongIndex anyHolder;
    private final LongIndex vms;
    private final LongIndex vmsInNetwork;

    /** A private-services-access range and the network (consumer) that holds it. */
    public record PsaRange(String network, String name, Cidr range) { }

    /**
     * A range of the design and what it is.
     *
     * @param network the network holding it
     * @param name    subnet name (for a secondary range {@code subnet/secondary}), or private-services-access name
     * @param range   the range
     */
    public record Holder(String network, String name, Cidr range) { }

    private final List<Holder> holders = new ArrayList<>();
    private final int[] holderLengths;
    private final LongIndex[] holderIndex;

    public AddressPlan(Design design) {
        this.design = design;
        List<Network> nets = design.networks();
        for (int i = 0; i < nets.size(); i++) {
            networkIndex.put(nets.get(i).name(), i);
        }
        List<Cidr> blocked = new ArrayList<>(Addresses.NOT_PUBLIC);
        blocked.addAll(design.allRanges());
        this.notPublic = RangeSet.of(blocked);
        List<Cidr> psa = new ArrayList<>();
        for (Network n : nets) {
            for (PrivateServiceRange p : n.privateServiceAccess()) {
                psaRanges.add(new PsaRange(n.name(), p.name(), p.range()));
                psa.add(p.range());
            }
        }
        this.psaAll = RangeSet.of(psa);
        for (Network n : nets) {
            for (var sub : design.subnets(n.name())) {
                holders.add(new Holder(n.name(), sub.name(), sub.range()));
                sub.secondaryRanges().forEach((k, v) -> holders.add(new Holder(n.name(), sub.name() + "/" + k, v)));
            }
            n.privateServiceAccess().forEach(p -> holders.add(new Holder(n.name(), p.name(), p.range())));
        }
        this.holderLengths = holders.stream().mapToInt(h -> h.range().prefixLength()).distinct()
                .map(i -> -i).sorted().map(i -> -i).toArray();
        this.holderIndex = new LongIndex[holderLengths.length];
        for (int l = 0; l < holderLengths.length; l++) {
            LongIndex.Builder b = new LongIndex.Builder();
            for (int h = 0; h < holders.size(); h++) {
                if (holders.get(h).range().prefixLength() == holderLengths[l]) {
                    b.put(holders.get(h).range().first(), h);
                }
            }
            holderIndex[l] = b.build();
        }
        this.endpoints = design.endpoints();
        LongIndex.Builder in = new LongIndex.Builder();
        LongIndex.Builder ext = new LongIndex.Builder();
        LongIndex.Builder any = new LongIndex.Builder();
        LongIndex.Builder vm = new LongIndex.Builder();
        LongIndex.Builder vmIn = new LongIndex.Builder();
        for (int i = 0; i < endpoints.size(); i++) {
            Endpoint e = endpoints.get(i);
            long ip = e.ip().value();
            any.put(ip, i);
            int net = e.network().map(networkIndex::get).orElse(-1);
            if (e.type().isInNetwork() && net >= 0) {
                in.put(key(net, ip), i);
            }
            if (e.type() == EndpointType.INTERNET || e.type() == EndpointType.GOOGLE_API) {
                ext.put(ip, i);
            }
            if (e.type() == EndpointType.VM) {
                vm.put(ip, i);
                if (net >= 0) {
                    vmIn.put(key(net, ip), i);
                }
            }
        }
        this.inNetwork = in.build();
        this.external = ext.build();
        this.anyHolder = any.build();
        this.vms = vm.build();
        this.vmsInNetwork = vmIn.build();
    }

    private static long key(int network, long ip) {
        return ((long) network << 32) | ip;
    }

    public Design design() {
        return design;
    }

    /** The file-order number of a network, or -1. */
    public int networkIndex(String network) {
        Integer i = networkIndex.get(network);
        return i == null ? -1 : i;
    }

    public Endpoint endpoint(int index) {
        return endpoints.get(index);
    }

    /**
     * Publicly routable: outside the never-public ranges of semantics.md section 2 and outside every range of the
     * design. 192.0.2.0/24, 198.51.100.0/24 and 203.0.113.0/24 count as public.
     */
    public boolean isPublic(long ip) {
        return !notPublic.contains(ip);
    }

    /**
     * True when the address is in a private-services-access range of some network but of none of
     * {@code network}: GOOGLE_MANAGED_SERVICE_NO_PEERING (section 5).
     */
    public boolean inForeignPsaOnly(long ip, String network) {
        if (!psaAll.contains(ip)) {
            return false;
        }
        boolean foreign = false;
        for (PsaRange p : psaRanges) {
            if (p.range().contains(ip)) {
                if (p.network().equals(network)) {
                    return false;
                }
                foreign = true;
            }
        }
        return foreign;
    }

    /** The first private-services-access range (file order) holding the address. */
    public Optional<PsaRange> psaRangeHolding(long ip) {
        int i = psaIndexHolding(ip);
        return i < 0 ? Optional.empty() : Optional.of(psaRanges.get(i));
    }

    /** The position in {@link #psaRanges()} of the first range holding the address, or -1. */
    public int psaIndexHolding(long ip) {
        for (int i = 0; i < psaRanges.size(); i++) {
            if (psaRanges.get(i).range().contains(ip)) {
                return i;
            }
        }
        return -1;
    }

    /** Every private-services-access range of the design, in file order (networks, then ranges). */
    public List<PsaRange> psaRanges() {
        return List.copyOf(psaRanges);
    }

    /** The most specific range of the design holding the address (first in file order among equals). */
    public Optional<Holder> rangeHolding(long ip) {
        for (int l = 0; l < holderLengths.length; l++) {
            int len = holderLengths[l];
            long masked = len == 0 ? 0 : ip & (0xFFFF_FFFFL << (32 - len)) & 0xFFFF_FFFFL;
            int h = holderIndex[l].get(masked);
            if (h >= 0) {
                return Optional.of(holders.get(h));
            }
        }
        return Optional.empty();
    }

    /** The endpoint of an in-network type (vm, internal-lb, cloud-sql, memorystore-redis) of the network at the address, or -1. */
    public int endpointInNetwork(int network, long ip) {
        return inNetwork.get(key(network, ip));
    }

    /** The internet or google-api endpoint at the address (first in file order), or -1. */
    public int externalEndpoint(long ip) {
        return external.get(ip);
    }

    /** The first endpoint in file order at the address, whatever its type, or -1. */
    public int anyEndpoint(long ip) {
        return anyHolder.get(ip);
    }

    /** The VM holding the address, preferring one of {@code network}, else the first in file order; or -1. */
    public int vmHolding(long ip, int network) {
        int v = network >= 0 ? vmsInNetwork.get(key(network, ip)) : -1;
        return v >= 0 ? v : vms.get(ip);
    }
}
