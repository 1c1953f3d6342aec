package dev.vpcsim.cli.capacity;

import dev.vpcsim.capacity.report.ConnectorPoint;
import dev.vpcsim.capacity.report.SubnetPoint;

import java.util.ArrayList;
import java.util.List;

/** Thins a series for drawing: consecutive points grouped so at most {@code max} remain, each keeping maxima. */
final class Thinning {
    private Thinning() {
    }

    static int group(int size, int max) {
        return Math.max(1, (size + max - 1) / max);
    }

    static List<ConnectorPoint> connector(List<ConnectorPoint> points, int max) {
        int g = group(points.size(), max);
        if (g == 1) {
            return points;
        }
        List<ConnectorPoint> out = new ArrayList<>();
        for (int i = 0; i < points.size(); i += g) {
            ConnectorPoint first = points.get(i);
            double demand = first.demandMbps();
            double capacity = first.capacityMbps();
            int instances = first.instances();
            double delivered = first.deliveredMbps();
            for (int j = i + 1; j < Math.min(points.size(), i + g); j++) {
                ConnectorPoint p = points.get(j);
                demand = Math.max(demand, p.demandMbps());
                capacity = Math.max(capacity, p.capacityMbps());
                instances = Math.max(instances, p.instances());
                delivered = Math.max(delivered, p.deliveredMbps());
            }
            boolean saturated = false;
            for (int j = i; j < Math.min(points.size(), i + g); j++) {
                saturated |= points.get(j).demandMbps() > points.get(j).deliveredMbps();
            }
            out.add(new ConnectorPoint(first.seconds(), demand, capacity, instances,
                    saturated ? Math.min(delivered, Math.nextDown(demand)) : delivered));
        }
        return out;
    }

    static List<SubnetPoint> subnet(List<SubnetPoint> points, int max) {
        int g = group(points.size(), max);
        if (g == 1) {
            return points;
        }
        List<SubnetPoint> out = new ArrayList<>();
        for (int i = 0; i < points.size(); i += g) {
            SubnetPoint first = points.get(i);
            long held = first.heldIps();
            long reserved = first.reservedIps();
            int failed = 0;
            long unserved = 0;
            for (int j = i; j < Math.min(points.size(), i + g); j++) {
                SubnetPoint p = points.get(j);
                held = Math.max(held, p.heldIps());
                reserved = Math.max(reserved, p.reservedIps());
                failed += p.failedStarts();
                unserved = Math.max(unserved, p.unservedInstances());
            }
            out.add(new SubnetPoint(first.seconds(), held, reserved, first.usableIps(), failed, unserved));
        }
        return out;
    }
}
