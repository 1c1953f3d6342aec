package dev.vpcsim.trace;

import dev.vpcsim.addressing.Addresses;
import dev.vpcsim.firewall.FirewallIndex;
import dev.vpcsim.firewall.RuleList;
import dev.vpcsim.model.Cidr;
import dev.vpcsim.model.Connector;
import dev.vpcsim.model.Design;
import dev.vpcsim.model.FirewallRule;
import dev.vpcsim.model.Nat;
import dev.vpcsim.model.Protocol;
import dev.vpcsim.model.Subnet;
import dev.vpcsim.model.Workload;

import java.util.List;
import java.util.Optional;

/**
 * Where a workload's packets enter a VPC: a connector (shared by its workloads) or a Direct VPC subnet (per
 * workload), with everything the engine needs precomputed: source address and tags, the egress rules that
 * can apply, the serverless-hop rules of a connector, NAT coverage and Private Google Access.
 */
final class EntryView {
    /** 35.199.224.0: the representative serverless-infrastructure address (Assumption.SERVERLESS_PROBE_ADDRESS). */
    static final long SERVERLESS_PROBE = Cidr.of("35.199.224.0/19").first();
    static final int SERVERLESS_PORT = 667;

    final boolean connector;
    final Optional<Connector> connectorModel;
    final NetView net;
    final Subnet subnet;
    final Cidr range;
    final long sourceIp;
    final String sourceText;
    final List<String> tags;
    /** The service account INGRESS rules may see (Direct VPC only). */
    final Optional<String> ingressAccount;
    final RuleList[] egress = new RuleList[3];
    /** Connector only: INGRESS rules of its network that can apply to the connector VMs for tcp. */
    final RuleList hop;
    /** The first NAT (file order) of the network in the subnet's region that covers the subnet; null if none. */
    final Nat nat;
    final boolean pga;
    final boolean pgaAssumed;
    final boolean natHidden;
    final boolean targetAccountAssumed;
    final StepState state;
    final String resource;
    final StepInfo.EntryInfo info;
    final String description;
    /** {@code range.blockText()}. */
    final String rangeText;
    /** The source part of an INGRESS fix in another network and in the entry's own one. */
    final String fixFrom;
    final String fixFromHere;
    /** The part of an EGRESS fix after the destination address. */
    final String egressFixTarget;
    /** Connector only: the serverless hop, decided once; null for Direct VPC. */
    final HopView hopView;

    private EntryView(boolean connector, Optional<Connector> c, NetView net, Subnet subnet, List<String> tags,
                      Optional<String> ingressAccount, String resource, String via, Optional<String> workloadAccount,
                      String workloadName) {
        this.connector = connector;
        this.connectorModel = c;
        this.net = net;
        this.subnet = subnet;
        this.range = subnet.range();
        this.sourceIp = Math.min(range.first() + 2, range.last());
        this.sourceText = Addresses.format(sourceIp);
        this.tags = List.copyOf(tags);
        this.ingressAccount = ingressAccount;
        for (int p = 0; p < 3; p++) {
            egress[p] = net.egress.candidates(tags, Optional.empty(), FirewallIndex.flowProtocol(p));
        }
        this.hop = connector ? net.ingress.candidates(tags, Optional.empty(), Protocol.TCP) : null;
        this.nat = net.network.nats().stream()
                .filter(n -> n.region().equals(subnet.region()) && n.covers(subnet)).findFirst().orElse(null);
        boolean hidden = subnet.purpose() == Subnet.Purpose.CONNECTOR;
        this.natHidden = hidden;
        this.pgaAssumed = hidden;
        this.pga = hidden || subnet.privateGoogleAccess();
        this.targetAccountAssumed = !connector && workloadAccount.isPresent() && net.egress.rules().stream()
                .map(FirewallRule::targetServiceAccounts).anyMatch(l -> l.contains(workloadAccount.get()));
        this.state = connector ? StepState.ARRIVE_AT_VPC_CONNECTOR : StepState.DIRECT_VPC_EGRESS_CONNECTION;
        this.resource = resource;
        this.info = new StepInfo.EntryInfo(via, net.name, subnet.name(), range.blockText(), this.tags);
        this.rangeText = range.blockText();
        this.description = "Enters network " + net.name + " through " + via + " from " + sourceText
                + (tags.isEmpty() ? " without network tags." : " with network tags " + String.join(", ", tags) + ".");
        this.fixFrom = FirewallFixes.ingressFrom(this, false);
        this.fixFromHere = FirewallFixes.ingressFrom(this, true);
        this.egressFixTarget = FirewallFixes.egressTarget(this, workloadName);
        this.hopView = connector ? new HopView(this) : null;
    }

    static EntryView ofConnector(Design design, Connector c, NetView net) {
        Subnet s = design.connectorSubnet(c);
        String via = "connector " + c.name() + " (" + (c.range().isPresent() ? "range " : "subnet " + s.name() + " ")
                + s.range().blockText() + ")";
        return new EntryView(true, Optional.of(c), net, s, c.networkTags(), Optional.empty(), c.resource(), via,
                Optional.empty(), "");
    }

    static EntryView ofDirectVpc(Workload w, Subnet s, NetView net) {
        String via = "Direct VPC egress on subnet " + s.name() + " (" + s.range().blockText() + ")";
        return new EntryView(false, Optional.empty(), net, s, w.networkTags(), w.serviceAccount(), w.resource(), via,
                w.serviceAccount(), w.name());
    }

    /** The connector itself (connector entries only). */
    Connector connectorOrThrow() {
        return connectorModel.orElseThrow();
    }
}
