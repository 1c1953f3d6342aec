package dev.vpcsim.trace;

import dev.vpcsim.addressing.AddressPlan;
import dev.vpcsim.model.Connector;
import dev.vpcsim.model.Design;
import dev.vpcsim.model.Endpoint;
import dev.vpcsim.model.Network;
import dev.vpcsim.model.Subnet;
import dev.vpcsim.model.Workload;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Everything the engine looks up, built once from a design; immutable afterwards. */
final class DesignIndex {
    final Design design;
    final AddressPlan addresses;
    final NetView[] nets;
    final Map<String, NetView> netsByName = new HashMap<>();
    final EndpointView[] endpoints;
    final Map<String, EndpointView> endpointsByName = new HashMap<>();
    final Map<String, SourceView> sources = new HashMap<>();
    final boolean rfc6598Private;
    /** Per private-services-access range ({@link AddressPlan#psaRanges()}): its texts. */
    final PsaText[] psaTexts;

    DesignIndex(Design design) {
        this.design = design;
        this.addresses = new AddressPlan(design);
        this.rfc6598Private = design.settings().privateRangesOnlyIncludesRfc6598();
        this.psaTexts = addresses.psaRanges().stream().map(PsaText::new).toArray(PsaText[]::new);
        List<Network> networks = design.networks();
        nets = new NetView[networks.size()];
        Map<String, Integer> netIndex = new HashMap<>();
        for (int i = 0; i < nets.length; i++) {
            netIndex.put(networks.get(i).name(), i);
        }
        for (int i = 0; i < nets.length; i++) {
            nets[i] = new NetView(i, networks.get(i), design, netIndex);
            netsByName.put(nets[i].name, nets[i]);
        }
        List<Endpoint> eps = design.endpoints();
        endpoints = new EndpointView[eps.size()];
        for (int i = 0; i < endpoints.length; i++) {
            Endpoint e = eps.get(i);
            NetView net = e.type().isInNetwork() ? e.network().map(netsByName::get).orElse(null) : null;
            endpoints[i] = new EndpointView(e, net);
            endpointsByName.put(e.name(), endpoints[i]);
        }
        Map<String, EntryView> connectors = new HashMap<>();
        for (Connector c : design.connectors()) {
            connectors.put(c.name(), EntryView.ofConnector(design, c, netsByName.get(c.network())));
        }
        for (Workload w : design.workloads()) {
            sources.put(w.name(), source(w, connectors));
        }
    }

    private SourceView source(Workload w, Map<String, EntryView> connectors) {
        if (w.vpcConnector().isPresent()) {
            return new SourceView(w, connectors.get(w.vpcConnector().get()), SourceView.Access.CONNECTOR);
        }
        if (w.usesDirectVpc()) {
            Optional<Network> n = design.directVpcNetwork(w);
            Optional<Subnet> s = design.directVpcSubnet(w);
            if (n.isPresent() && s.isPresent()) {
                NetView net = netsByName.get(n.get().name());
                return new SourceView(w, EntryView.ofDirectVpc(w, s.get(), net), SourceView.Access.DIRECT_VPC);
            }
        }
        return new SourceView(w, null, SourceView.Access.NONE);
    }

    EndpointView endpoint(int index) {
        return endpoints[index];
    }
}
