package dev.vpcsim.trace;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SerializationTest {

    @SuppressWarnings("unchecked")
    private static <T> T roundTrip(T value) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }

    @Test
    void tracesAndReachRowsSurviveJavaSerialization() throws Exception {
        Trace t = Fixture.basic().engine().explain(Expect.tcp("my-service", "db-vm", 5433));
        assertEquals(t, roundTrip(t));
        ReachRow r = new ReachRow("a", "b", 1, "tcp", Result.UNREACHABLE, Optional.of(DropCause.NO_ROUTE));
        assertEquals(r, roundTrip(r));
    }

    @Test
    void reachUnitsRunAfterTravellingThroughSerialization() throws Exception {
        dev.vpcsim.model.Design d = Fixture.basic().build();
        Reach.Unit unit = Reach.units(d, 1).get(0);
        Reach.Unit copy = roundTrip(unit);
        assertEquals(unit.run(), copy.run(), "a copied unit builds its own engine and gives the same rows");
        assertEquals(Reach.rows(d, new TraceEngine(d)), copy.run());
    }
}
