package dev.vpcsim.check;

import dev.vpcsim.model.Cidr;
import dev.vpcsim.model.Connector;
import dev.vpcsim.model.ConnectorState;

import java.util.Optional;

/** Connector builder: region europe-west1, network vpc, range 10.8.0.0/28, e2-micro 2..10, READY, managed. */
final class ConnectorFixture {
    private final String name;
    private String region = Fixtures.REGION;
    private String network = "vpc";
    private Optional<Cidr> range = Optional.of(Cidr.of("10.8.0.0/28"));
    private Optional<String> subnet = Optional.empty();
    private String machineType = "e2-micro";
    private int min = 2;
    private int max = 10;
    private Optional<Double> throughput = Optional.empty();
    private Optional<Double> price = Optional.empty();
    private ConnectorState state = ConnectorState.READY;
    private boolean managed = true;

    ConnectorFixture(String name) {
        this.name = name;
    }

    ConnectorFixture region(String r) {
        region = r;
        return this;
    }

    ConnectorFixture network(String n) {
        network = n;
        return this;
    }

    ConnectorFixture range(String cidr) {
        range = Optional.of(Cidr.of(cidr));
        subnet = Optional.empty();
        return this;
    }

    ConnectorFixture subnet(String s) {
        subnet = Optional.of(s);
        range = Optional.empty();
        return this;
    }

    ConnectorFixture machineType(String m) {
        machineType = m;
        return this;
    }

    ConnectorFixture instances(int minInstances, int maxInstances) {
        min = minInstances;
        max = maxInstances;
        return this;
    }

    ConnectorFixture throughput(double mbps) {
        throughput = Optional.of(mbps);
        return this;
    }

    ConnectorFixture price(double usdPerHour) {
        price = Optional.of(usdPerHour);
        return this;
    }

    ConnectorFixture state(ConnectorState s) {
        state = s;
        return this;
    }

    ConnectorFixture unmanaged() {
        managed = false;
        return this;
    }

    Connector build() {
        return new Connector(name, region, network, range, subnet, machineType, min, max, throughput,
                Connector.DEFAULT_SCALE_OUT_DELAY_SECONDS, price, state, managed);
    }
}
