package dev.vpcsim.check;

import dev.vpcsim.model.Connector;
import dev.vpcsim.model.Design;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code connector-instances-invalid}: minimum instances outside 2..9, maximum outside 3..10, or a minimum not
 * below the maximum (semantics.md section 6) [SVA]. One finding per connector naming every problem.
 */
public final class ConnectorInstancesCheck implements Check {
    public static final String ID = "connector-instances-invalid";
    static final int MIN_LOW = 2;
    static final int MIN_HIGH = 9;
    static final int MAX_LOW = 3;
    static final int MAX_HIGH = 10;

    @Override
    public List<String> ids() {
        return List.of(ID);
    }

    @Override
    public List<Finding> run(Design design) {
        List<Finding> out = new ArrayList<>();
        for (Connector c : design.connectors()) {
            List<String> problems = new ArrayList<>();
            int min = c.minInstances();
            int max = c.maxInstances();
            if (min < MIN_LOW || min > MIN_HIGH) {
                problems.add("minInstances " + min + " is outside 2..9");
            }
            if (max < MAX_LOW || max > MAX_HIGH) {
                problems.add("maxInstances " + max + " is outside 3..10");
            }
            if (min >= max) {
                problems.add("minInstances " + min + " is not below maxInstances " + max);
            }
            if (problems.isEmpty()) {
                continue;
            }
            int fixedMin = Math.max(MIN_LOW, Math.min(MIN_HIGH, min));
            int fixedMax = Math.max(Math.max(MAX_LOW, fixedMin + 1), Math.min(MAX_HIGH, max));
            out.add(new Finding(ID, Severity.ERROR, c.resource(),
                    "connector " + c.name() + ": " + String.join("; ", problems)
                            + ". A connector runs 2 to 9 minimum and 3 to 10 maximum instances, the minimum below"
                            + " the maximum, so Google Cloud rejects these values.",
                    "set minInstances " + fixedMin + " and maxInstances " + fixedMax
                            + " (the gcloud defaults are 2 and 10)."));
        }
        return out;
    }
}
