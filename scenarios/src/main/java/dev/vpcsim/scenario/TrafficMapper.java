package dev.vpcsim.scenario;

import dev.vpcsim.model.traffic.JobRun;
import dev.vpcsim.model.traffic.Profile;
import dev.vpcsim.model.traffic.Rollout;
import dev.vpcsim.model.traffic.Signal;
import dev.vpcsim.model.traffic.Traffic;

import java.util.List;
import java.util.Optional;

/**
 * Maps {@code traffic}: duration (24h by default) and step (1s by default), per-workload profiles
 * ({@code requestSeconds} 0.2 by default), rollouts and job executions ({@code tasks} 1 and {@code parallelism}
 * equal to {@code tasks} by default, an assumption of this loader). Shapes are {@link SignalMapper}'s.
 */
final class TrafficMapper {
    private static final int MAX_TASKS = 1_000_000;
    private final Input in;
    private final SignalMapper signals;

    TrafficMapper(Input in) {
        this.in = in;
        this.signals = new SignalMapper(in);
    }

    Traffic traffic(Node node, String path) {
        Fields f = Fields.of(in, node, path, "traffic", "duration", "step", "profiles", "rollouts", "jobs");
        long duration = positiveSeconds(f, "duration", Traffic.DEFAULT_DURATION_SECONDS);
        long step = positiveSeconds(f, "step", Traffic.DEFAULT_STEP_SECONDS);
        List<Profile> profiles = f.list("profiles", this::profile);
        List<Rollout> rollouts = f.list("rollouts", this::rollout);
        List<JobRun> jobs = f.list("jobs", this::job);
        return in.build(node, path, () -> new Traffic(duration, step, profiles, rollouts, jobs));
    }

    private long positiveSeconds(Fields f, String key, long dflt) {
        long v = f.seconds(key, dflt);
        if (v < 1) {
            throw in.error(f.required(key), f.path(key), "must be at least 1s");
        }
        return v;
    }

    private Profile profile(Node node, String path) {
        Fields f = Fields.of(in, node, path, "a traffic profile", "workload", "throughputMbps", "instances",
                "requestsPerSecond", "requestSeconds");
        String workload = f.string("workload");
        Optional<Signal> throughput = signal(f, "throughputMbps");
        Optional<Signal> instances = signal(f, "instances");
        Optional<Signal> rps = signal(f, "requestsPerSecond");
        double requestSeconds = f.optNumber("requestSeconds", 0, true).orElse(Profile.DEFAULT_REQUEST_SECONDS);
        return in.build(node, path, () -> new Profile(workload, throughput, instances, rps, requestSeconds));
    }

    private Optional<Signal> signal(Fields f, String key) {
        return f.get(key).map(n -> signals.signal(n, f.path(key)));
    }

    private Rollout rollout(Node node, String path) {
        Fields f = Fields.of(in, node, path, "a rollout", "workload", "at");
        String workload = f.string("workload");
        long at = f.seconds("at");
        return in.build(node, path, () -> new Rollout(workload, at));
    }

    private JobRun job(Node node, String path) {
        Fields f = Fields.of(in, node, path, "a job execution", "workload", "at", "tasks", "parallelism",
                "taskDuration");
        String workload = f.string("workload");
        long at = f.seconds("at");
        int tasks = f.integer("tasks", 1, 1, MAX_TASKS);
        int parallelism = f.integer("parallelism", tasks, 1, MAX_TASKS);
        long taskDuration = f.seconds("taskDuration");
        if (taskDuration < 1) {
            throw in.error(f.required("taskDuration"), f.path("taskDuration"), "must be at least 1s");
        }
        return in.build(node, path, () -> new JobRun(workload, at, tasks, parallelism, taskDuration));
    }
}
