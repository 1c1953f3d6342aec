package dev.vpcsim.check;

import dev.vpcsim.model.Cidr;
import dev.vpcsim.model.FirewallRule;
import dev.vpcsim.model.Nat;
import dev.vpcsim.model.Network;
import dev.vpcsim.model.Peering;
import dev.vpcsim.model.PrivateServiceRange;
import dev.vpcsim.model.Subnet;

import java.util.ArrayList;
import java.util.List;

/** Network builder. */
final class NetworkFixture {
    private final String name;
    private boolean defaultRoute = true;
    private final List<Subnet> subnets = new ArrayList<>();
    private final List<PrivateServiceRange> psa = new ArrayList<>();
    private final List<FirewallRule> rules = new ArrayList<>();
    private final List<Peering> peerings = new ArrayList<>();
    private final List<Nat> nats = new ArrayList<>();

    NetworkFixture(String name) {
        this.name = name;
    }

    NetworkFixture subnet(String subnetName, String cidr) {
        return subnet(Fixtures.subnet(subnetName, cidr));
    }

    NetworkFixture subnet(Subnet s) {
        subnets.add(s);
        return this;
    }

    NetworkFixture psa(String allocation, String cidr) {
        psa.add(new PrivateServiceRange(allocation, Cidr.of(cidr)));
        return this;
    }

    NetworkFixture rule(RuleFixture r) {
        rules.add(r.build());
        return this;
    }

    NetworkFixture rule(FirewallRule r) {
        rules.add(r);
        return this;
    }

    NetworkFixture peer(String network) {
        peerings.add(new Peering("to-" + network, network, false, false));
        return this;
    }

    NetworkFixture nat(Nat n) {
        nats.add(n);
        return this;
    }

    Network build() {
        return new Network(name, defaultRoute, subnets, psa, List.of(), rules, peerings, nats, List.of());
    }
}
