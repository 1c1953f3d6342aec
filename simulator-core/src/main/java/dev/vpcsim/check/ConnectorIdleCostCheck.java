package dev.vpcsim.check;

import dev.vpcsim.model.Connector;
import dev.vpcsim.model.Design;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code connector-idle-cost} (seed 000, "Common mistakes": not accounting for the ongoing connector cost):
 * INFO for every connector, the monthly cost of its minimum instances, which run around the clock:
 * minInstances x price per hour x 730 hours. ASSUMPTION: us-central1 on-demand list prices (semantics.md
 * section 6) unless the scenario gives pricePerHourUsd; no discounts.
 */
public final class ConnectorIdleCostCheck implements Check {
    public static final String ID = "connector-idle-cost";
    /** Hours in an average month (8760 / 12). */
    static final double HOURS_PER_MONTH = 730;

    @Override
    public List<String> ids() {
        return List.of(ID);
    }

    @Override
    public List<Finding> run(Design design) {
        List<Finding> out = new ArrayList<>();
        for (Connector c : design.connectors()) {
            double price = c.effectivePricePerHourUsd();
            double monthly = monthlyUsd(c.minInstances(), price);
            String source = c.pricePerHourUsd().isPresent() ? "the scenario's price"
                    : "ASSUMPTION: us-central1 on-demand list price, no discounts"
                    + (c.knownMachineType().isEmpty() ? "; e2-micro's price for the unknown machine type" : "");
            out.add(new Finding(ID, Severity.INFO, c.resource(),
                    "connector " + c.name() + " keeps its " + Texts.count(c.minInstances(), "minimum " + c.machineType()
                            + " instance") + " running around the clock, traffic or not: " + c.minInstances()
                            + " x USD " + Texts.num(price) + "/hour x 730 hours = USD " + Texts.usd(monthly) + " per month ("
                            + source + ").",
                    fix(design, c, price, monthly)));
        }
        return out;
    }

    static double monthlyUsd(int instances, double pricePerHourUsd) {
        return instances * pricePerHourUsd * HOURS_PER_MONTH;
    }

    private static String fix(Design design, Connector c, double price, double monthly) {
        if (Usage.workloadsOf(design, c).isEmpty()) {
            return "no workload uses it: delete it to save USD " + Texts.usd(monthly) + " per month.";
        }
        if (c.minInstances() > ConnectorInstancesCheck.MIN_LOW) {
            double saved = monthly - monthlyUsd(ConnectorInstancesCheck.MIN_LOW, price);
            return "lower minInstances to 2 to save USD " + Texts.usd(saved)
                    + " per month (it still scales out with traffic).";
        }
        return "nothing to change if the workloads need it; Direct VPC egress (Cloud Run, 2nd gen functions) has no"
                + " idle VM cost.";
    }
}
