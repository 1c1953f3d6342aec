package dev.vpcsim.capacity;

import dev.vpcsim.model.Scaling;
import dev.vpcsim.model.VpcEgress;
import dev.vpcsim.model.Workload;
import dev.vpcsim.model.WorkloadType;
import dev.vpcsim.model.traffic.Profile;
import dev.vpcsim.model.traffic.Shape;
import dev.vpcsim.model.traffic.Signal;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InstanceDemandTest {
    private static final Workload SERVICE = new Workload("svc", WorkloadType.CLOUD_RUN_SERVICE, 2, "r",
            Optional.empty(), Optional.empty(), Optional.of("vpc"), Optional.of("s"), List.of(),
            VpcEgress.PRIVATE_RANGES_ONLY, new Scaling(1, 100, 80));

    private static Optional<Signal> sig(double v) {
        return Optional.of(Signal.of(new Shape.Constant(v)));
    }

    @Test
    void instancesGivenDirectlyWinAndAreRoundedUp() {
        Profile p = new Profile("svc", sig(5000), sig(40), sig(2000), 0.2);
        InstanceDemand d = InstanceDemand.of(SERVICE, List.of(p));
        assertEquals(InstanceDemand.Source.INSTANCES, d.terms().get(0).source());
        assertEquals(40, d.instances(40));
        assertEquals(41, d.instances(40.3));
        assertEquals(100, d.instances(250));
    }

    @Test
    void requestsUseLittlesLaw() {
        // scenario-format.md: instances = ceil(rps * requestSeconds / concurrency); 2000 x 0.2 / 80 = 5
        Profile p = new Profile("svc", Optional.empty(), Optional.empty(), sig(2000), 0.2);
        InstanceDemand d = InstanceDemand.of(SERVICE, List.of(p));
        assertEquals(InstanceDemand.Source.REQUESTS, d.terms().get(0).source());
        assertEquals(5, d.instances(2000));
        assertEquals(6, d.instances(2001));
        assertEquals(1, d.instances(0));
    }

    @Test
    void throughputAloneNeedsOneInstancePerGigabit() {
        Profile p = new Profile("svc", sig(450), Optional.empty(), Optional.empty(), 0.2);
        InstanceDemand d = InstanceDemand.of(SERVICE, List.of(p));
        assertEquals(InstanceDemand.Source.THROUGHPUT, d.terms().get(0).source());
        assertEquals(1, d.instances(450));
        assertEquals(3, d.instances(2500));
    }

    @Test
    void noProfileMeansTheFloorAndSeveralProfilesAddUp() {
        assertTrue(InstanceDemand.of(SERVICE, List.of()).terms().isEmpty());
        assertEquals(1, InstanceDemand.of(SERVICE, List.of()).instances());
        Profile a = new Profile("svc", Optional.empty(), sig(10), Optional.empty(), 0.2);
        Profile b = new Profile("svc", Optional.empty(), Optional.empty(), sig(800), 0.2);
        Profile other = new Profile("other", Optional.empty(), sig(99), Optional.empty(), 0.2);
        InstanceDemand d = InstanceDemand.of(SERVICE, List.of(a, other, b));
        assertEquals(2, d.terms().size());
        assertEquals(12, d.instances(10, 800));
    }

    @Test
    void maxBelowMinBecomesMin() {
        InstanceDemand d = new InstanceDemand("w", 5, 3, List.of());
        assertEquals(5, d.maxInstances());
        assertEquals(5, d.clamp(100));
    }
}
