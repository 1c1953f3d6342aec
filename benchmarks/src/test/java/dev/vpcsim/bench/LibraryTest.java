package dev.vpcsim.bench;

import dev.vpcsim.bench.ref.ReferenceEvaluator;
import dev.vpcsim.bench.ref.Verdict;
import dev.vpcsim.model.Design;
import dev.vpcsim.model.Endpoint;
import dev.vpcsim.model.Intent;
import dev.vpcsim.model.Ipv4;
import dev.vpcsim.model.Protocol;
import dev.vpcsim.model.Workload;
import dev.vpcsim.scenario.ScenarioLoader;
import dev.vpcsim.trace.Flow;
import dev.vpcsim.trace.Reach;
import dev.vpcsim.trace.Result;
import dev.vpcsim.trace.TraceEngine;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bundled scenario library (hand-written designs whose intents were derived by hand from semantics.md):
 * the reference evaluator fails exactly the intents that scenarios/library/README.md lists as failing, and the
 * engine agrees with the reference on every intent and on every workload x endpoint x probe of every design.
 */
class LibraryTest {
    private static final Path LIBRARY = Path.of("..", "scenarios", "library");
    private static final Pattern ROW = Pattern.compile("^\\| (\\d\\d-[a-z0-9-]+\\.yaml) \\|.*\\| ([^|]*) \\| (\\d) \\|$");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");

    static List<Path> scenarios() throws IOException {
        try (Stream<Path> files = Files.list(LIBRARY)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
        }
    }

    /** file name -> the intents the README says fail (column "failing intents"). */
    static Map<String, Set<String>> failingIntentsFromReadme() throws IOException {
        Map<String, Set<String>> out = new TreeMap<>();
        for (String line : Files.readAllLines(LIBRARY.resolve("README.md"))) {
            Matcher m = ROW.matcher(line);
            if (m.matches()) {
                Set<String> names = new TreeSet<>();
                Matcher q = QUOTED.matcher(m.group(2));
                while (q.find()) {
                    names.add(q.group(1));
                }
                out.put(m.group(1), names);
            }
        }
        return out;
    }

    /** Raw addresses worth asking about: a few public and special ones, and one inside every range of the design. */
    static List<String> addresses(Design d) {
        List<String> out = new ArrayList<>(List.of("8.8.8.8", "203.0.113.99", "100.64.0.5", "199.36.153.8",
                "199.36.153.5", "192.168.10.20", "10.255.0.1"));
        d.allRanges().forEach(c -> out.add(Ipv4.format(c.first() + Math.min(9, c.size() - 1))));
        return out;
    }

    static Flow flow(Intent i) {
        return new Flow(i.from(), i.to(), i.protocol(), i.port().orElse(Flow.DEFAULT_PORT));
    }

    static boolean passes(Intent i, Verdict v) {
        return v.result() == (i.expect() == Intent.Expect.REACHABLE ? Result.REACHABLE : Result.UNREACHABLE);
    }

    @Test
    void referenceFailsExactlyTheIntentsTheReadmeLists() throws IOException {
        Map<String, Set<String>> expected = failingIntentsFromReadme();
        List<Path> files = scenarios();
        assertEquals(files.size(), expected.size(), "README rows " + expected.keySet());
        Map<String, Set<String>> actual = new TreeMap<>();
        for (Path file : files) {
            Design d = ScenarioLoader.load(file).design();
            ReferenceEvaluator ref = new ReferenceEvaluator(d);
            Set<String> failing = new TreeSet<>();
            for (Intent i : d.intents()) {
                if (!passes(i, ref.evaluate(flow(i)))) {
                    failing.add(i.name());
                }
            }
            actual.put(file.getFileName().toString(), failing);
        }
        assertEquals(expected, actual);
    }

    @Test
    void engineAgreesWithTheReferenceOnEveryDesign() throws IOException {
        List<String> disagreements = new ArrayList<>();
        int compared = 0;
        for (Path file : scenarios()) {
            Design d = ScenarioLoader.load(file).design();
            ReferenceEvaluator ref = new ReferenceEvaluator(d);
            TraceEngine engine = new TraceEngine(d);
            List<Flow> flows = new ArrayList<>();
            d.intents().forEach(i -> flows.add(flow(i)));
            for (Workload w : d.workloads()) {
                for (Endpoint e : d.endpoints()) {
                    flows.add(new Flow(w.name(), e.name(), Protocol.TCP, Flow.DEFAULT_PORT));
                    flows.add(new Flow(w.name(), e.ip().text(), Protocol.UDP, 53));
                    Reach.probes(e).forEach(p -> flows.add(new Flow(w.name(), e.name(), p.protocol(), p.port())));
                }
                for (String ip : addresses(d)) {
                    flows.add(new Flow(w.name(), ip, Protocol.TCP, 443));
                }
            }
            for (Flow f : flows) {
                Verdict expected = ref.evaluate(f);
                Verdict actual = Verdict.of(engine.trace(f));
                compared++;
                if (!expected.agrees(actual)) {
                    disagreements.add(file.getFileName() + " " + f + "\n  reference " + expected + "\n  engine    " + actual);
                }
            }
        }
        disagreements.forEach(System.out::println);
        assertTrue(compared > 500, "flows compared: " + compared);
        assertEquals(List.of(), disagreements.stream().limit(5).toList(), disagreements.size() + " disagreements");
    }
}
