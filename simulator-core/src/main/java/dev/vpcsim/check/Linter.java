package dev.vpcsim.check;

import dev.vpcsim.model.Design;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Runs every lint rule of {@code vpcsim check} on a design. Deterministic: the findings come sorted by
 * {@link Finding#ORDER}. Intents are not traced here ({@code intent-failed} is raised by the trace work).
 */
public final class Linter {
    /** The catalogue id of a failed intent, raised where intents are traced. */
    public static final String INTENT_FAILED = "intent-failed";

    private static final List<Check> ALL = List.of(
            new SubnetOverlapCheck(),
            new PeeringOverlapCheck(),
            new SubnetRangeInvalidCheck(),
            new ConnectorRangeSizeCheck(),
            new ConnectorRangeOverlapCheck(),
            new ConnectorSubnetInUseCheck(),
            new ConnectorInstancesCheck(),
            new ConnectorMachineTypeCheck(),
            new ConnectorRegionMismatchCheck(),
            new ConnectorNotReadyCheck(),
            new ServerlessTrafficBlockedCheck(),
            new DirectVpcWorkloadCheck(),
            new DirectVpcSubnetSizeCheck(),
            new DirectVpcHeadroomCheck(),
            new DirectVpcIngressByTagCheck(),
            new AllTrafficWithoutNatCheck(),
            new NoIngressFromConnectorCheck(),
            new BroadConnectorRuleCheck(),
            new ShadowedRuleCheck(),
            new ConnectorUndersizedCheck(),
            new ConnectorIdleCostCheck());

    private Linter() {
    }

    /** Every lint rule, in a fixed order. */
    public static List<Check> all() {
        return ALL;
    }

    /**
     * Every finding of every lint rule on the design, sorted by {@link Finding#ORDER}. When the scenario has
     * {@code traffic}, the capacity simulator's noise-free baseline runs once and serves every rule that reads it.
     */
    public static List<Finding> run(Design design) {
        return run(design, CapacityFacts.of(design));
    }

    /** The same, with the capacity facts given (tests count the simulations through them). */
    static List<Finding> run(Design design, CapacityFacts facts) {
        List<Finding> out = new ArrayList<>();
        for (Check c : ALL) {
            out.addAll(c instanceof CapacityCheck cc ? cc.run(design, facts) : c.run(design));
        }
        out.sort(Finding.ORDER);
        return List.copyOf(out);
    }

    /** Every id of the catalogue (docs/checks.md), the lint rules' and {@value #INTENT_FAILED}, sorted. */
    public static List<String> catalogueIds() {
        TreeSet<String> ids = new TreeSet<>();
        ALL.forEach(c -> ids.addAll(c.ids()));
        ids.add(INTENT_FAILED);
        return List.copyOf(ids);
    }
}
