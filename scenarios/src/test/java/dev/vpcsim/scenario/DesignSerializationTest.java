package dev.vpcsim.scenario;

import dev.vpcsim.model.Design;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The model is serializable (a distributed engine ships designs to workers): every bundled design survives a
 * Java serialization round trip with its scenario and its derived firewall rules and routes intact.
 */
class DesignSerializationTest {
    private static final Path LIBRARY = Path.of("library");

    @Test
    void everyBundledDesignSurvivesSerialization() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(LIBRARY)) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertFalse(files.isEmpty(), "bundled library not found");
        for (Path f : files) {
            Design d = ScenarioLoader.load(f).design();
            Design back = roundTrip(d);
            assertEquals(d.scenario(), back.scenario(), f.toString());
            for (var n : d.networks()) {
                assertEquals(d.firewall(n.name()), back.firewall(n.name()), f + " firewall of " + n.name());
                assertEquals(d.routes(n.name()), back.routes(n.name()), f + " routes of " + n.name());
                assertEquals(d.subnets(n.name()), back.subnets(n.name()), f + " subnets of " + n.name());
            }
        }
    }

    private static Design roundTrip(Design d) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(d);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (Design) in.readObject();
        }
    }
}
