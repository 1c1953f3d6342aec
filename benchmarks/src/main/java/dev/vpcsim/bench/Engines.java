package dev.vpcsim.bench;

import dev.vpcsim.model.Design;
import dev.vpcsim.trace.Tracer;

/** How the benchmarks obtain the engine. */
final class Engines {
    private Engines() {
    }

    /** The fast trace engine over a design, if it is on the class path. */
    static java.util.Optional<Tracer> tracerIfPresent(Design design) {
        try {
            return java.util.Optional.of(tracer(design));
        } catch (IllegalStateException e) {
            return java.util.Optional.empty();
        }
    }

    /** The fast trace engine over a design. */
    static Tracer tracer(Design design) {
        try {
            Class<?> c = Class.forName("dev.vpcsim.trace.TraceEngine");
            return (Tracer) c.getConstructor(Design.class).newInstance(design);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("no dev.vpcsim.trace.TraceEngine(Design) on the class path yet", e);
        }
    }
}
