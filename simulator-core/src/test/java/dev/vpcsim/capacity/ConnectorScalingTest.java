package dev.vpcsim.capacity;

import dev.vpcsim.model.Cidr;
import dev.vpcsim.model.Connector;
import dev.vpcsim.model.ConnectorState;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConnectorScalingTest {

    private static Connector connector(String type, int min, int max, Optional<Double> perInstance, long delay) {
        return new Connector("c", "r", "vpc", Optional.of(Cidr.of("10.8.0.0/28")), Optional.empty(), type, min, max,
                perInstance, delay, Optional.empty(), ConnectorState.READY, true);
    }

    @Test
    void documentedFiguresPerMachineType() {
        assertEquals(50, ConnectorScaling.of(connector("f1-micro", 2, 10, Optional.empty(), 60)).throughputPerInstanceMbps());
        assertEquals(100, ConnectorScaling.of(connector("e2-micro", 2, 10, Optional.empty(), 60)).throughputPerInstanceMbps());
        assertEquals(1600, ConnectorScaling.of(connector("e2-standard-4", 2, 10, Optional.empty(), 60)).throughputPerInstanceMbps());
        assertEquals(250, ConnectorScaling.of(connector("e2-micro", 2, 10, Optional.of(250.0), 60)).throughputPerInstanceMbps());
    }

    @Test
    void invalidCountsAreClampedMinFirstThenMax() {
        ConnectorScaling low = ConnectorScaling.of(connector("e2-micro", 0, 1, Optional.empty(), 60));
        assertEquals(2, low.minInstances());
        assertEquals(3, low.maxInstances());
        ConnectorScaling high = ConnectorScaling.of(connector("e2-micro", 12, 40, Optional.empty(), 60));
        assertEquals(9, high.minInstances());
        assertEquals(10, high.maxInstances());
        ConnectorScaling inverted = ConnectorScaling.of(connector("e2-micro", 5, 4, Optional.empty(), 60));
        assertEquals(5, inverted.minInstances());
        assertEquals(6, inverted.maxInstances());
        assertThrows(IllegalArgumentException.class, () -> new ConnectorScaling(2, 2, 100, 0));
    }

    @Test
    void neededInstancesIsTheCeilingOfDemandOverThroughput() {
        ConnectorScaling s = new ConnectorScaling(2, 10, 100, 60);
        assertEquals(0, s.neededInstances(0));
        assertEquals(1, s.neededInstances(0.5));
        assertEquals(2, s.neededInstances(200));
        assertEquals(2, s.neededInstances(200.0000000001));
        assertEquals(3, s.neededInstances(200.1));
        assertEquals(15, s.neededInstances(1450));
        assertEquals(2, s.instancesFor(0));
        assertEquals(10, s.instancesFor(15));
        assertTrue(s.carries(1000));
        assertFalse(s.carries(1000.5));
        assertEquals(500, s.capacityMbps(5));
    }

    @Test
    void delayInWholeSteps() {
        ConnectorScaling s = new ConnectorScaling(2, 10, 100, 60);
        assertEquals(60, s.delaySteps(1));
        assertEquals(2, s.delaySteps(30));
        assertEquals(3, s.delaySteps(25));
        assertEquals(1, s.delaySteps(3600));
        assertEquals(0, new ConnectorScaling(2, 10, 100, 0).delaySteps(1));
    }
}
