package nl.werkcentrum.workers.e2e.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The CPU time each part of a run used, from Linux's own accounting ({@code /proc}): the processes
 * the benchmark started, PostgreSQL's server processes and the machine as a whole. When every core
 * is busy, throughput is the cores divided by the CPU a trajectory costs, so these figures say where
 * the limit of a run is and which part would have to shrink to move it.
 *
 * <p>PostgreSQL is found by process name: every server process of this machine counts, including
 * autovacuum, and a backend that ended during the run counts through its parent's accounting of
 * reaped children. What no part accounts for (the kernel, Maven, anything else on the machine) is
 * "other".
 */
public final class CpuMeter {

  private static final Path PROC = Path.of("/proc");
  /** USER_HZ: Linux reports process times in these ticks on every architecture Java runs on here. */
  private static final double TICKS_PER_SECOND = 100;

  /** Suffixes of the sub-parts counted for every part: its JVM's compiler and collector threads. */
  static final String JIT = " (JIT)";
  static final String GC = " (GC)";

  private final Map<String, Supplier<List<Long>>> parts;
  private final Snapshot start;

  private CpuMeter(Map<String, Supplier<List<Long>>> parts) {
    this.parts = parts;
    this.start = snapshot();
  }

  /**
   * @param parts process ids per part, in the order they are to be printed; asked again at the end,
   *              so a part whose processes change during the run is still counted
   */
  public static CpuMeter start(Map<String, Supplier<List<Long>>> parts) {
    return new CpuMeter(new LinkedHashMap<>(parts));
  }

  /** This JVM's process id. */
  public static List<Long> thisJvm() {
    return List.of(ProcessHandle.current().pid());
  }

  /** Whether this machine has the accounting this meter reads. */
  public static boolean available() {
    return Files.isReadable(PROC.resolve("stat"));
  }

  /** CPU seconds per part and for the machine since {@link #start}. */
  public CpuUse stop() {
    Snapshot end = snapshot();
    Map<String, Double> seconds = new LinkedHashMap<>();
    end.ticksByPart.forEach((part, ticks) ->
        seconds.put(part, Math.max(0, ticks - start.ticksByPart.getOrDefault(part, 0L)) / TICKS_PER_SECOND));
    return new CpuUse(seconds, (end.machineBusy - start.machineBusy) / TICKS_PER_SECOND,
        (end.machineTotal - start.machineTotal) / TICKS_PER_SECOND, Runtime.getRuntime().availableProcessors());
  }

  private Snapshot snapshot() {
    Map<String, Long> ticks = new LinkedHashMap<>();
    if (!available()) {
      return new Snapshot(ticks, 0, 0);
    }
    parts.forEach((part, pids) -> {
      List<Long> ids = pids.get();
      ticks.put(part, ids.stream().mapToLong(CpuMeter::ownTicks).sum());
      // a JVM's compiler and collector threads: warm-up and garbage, not the work itself
      ticks.put(part + JIT, ids.stream().mapToLong(pid -> threadTicks(pid, "C1 CompilerThre", "C2 CompilerThre")).sum());
      ticks.put(part + GC, ids.stream().mapToLong(pid -> threadTicks(pid, "GC Thread", "G1 ")).sum());
    });
    ticks.put("PostgreSQL", postgresTicks());
    long[] machine = machineTicks();
    return new Snapshot(ticks, machine[0], machine[1]);
  }

  /** The server's processes, plus what its postmaster recorded of the backends it reaped. */
  private static long postgresTicks() {
    long sum = 0;
    for (long pid : pids()) {
      String[] stat = stat(pid);
      if (stat == null || !"(postgres)".equals(stat[1])) {
        continue;
      }
      sum += ticks(stat, 13) + ticks(stat, 14);
      String[] parent = stat(Long.parseLong(stat[3]));
      boolean postmaster = parent == null || !"(postgres)".equals(parent[1]);
      if (postmaster) {
        sum += ticks(stat, 15) + ticks(stat, 16);
      }
    }
    return sum;
  }

  /**
   * The CPU of a process's live threads whose names start with one of the prefixes. A compiler
   * thread the JVM has already retired is not counted, so this is a lower bound.
   */
  private static long threadTicks(long pid, String... namePrefixes) {
    long sum = 0;
    try (Stream<Path> threads = Files.list(PROC.resolve(Long.toString(pid)).resolve("task"))) {
      for (Path thread : threads.toList()) {
        String[] stat = stat(thread.resolve("stat"));
        if (stat != null && Arrays.stream(namePrefixes).anyMatch(p -> stat[1].startsWith("(" + p))) {
          sum += ticks(stat, 13) + ticks(stat, 14);
        }
      }
    } catch (IOException | RuntimeException e) {
      // the process is gone
    }
    return sum;
  }

  private static long ownTicks(long pid) {
    String[] stat = stat(pid);
    return stat == null ? 0 : ticks(stat, 13) + ticks(stat, 14);
  }

  /** Busy and total ticks of all cores, from the first line of {@code /proc/stat}. */
  private static long[] machineTicks() {
    try (Stream<String> lines = Files.lines(PROC.resolve("stat"))) {
      String[] cpu = lines.findFirst().orElseThrow().trim().split("\\s+");
      long idle = Long.parseLong(cpu[4]) + Long.parseLong(cpu[5]);
      long total = 0;
      for (int i = 1; i <= 8 && i < cpu.length; i++) {
        total += Long.parseLong(cpu[i]);
      }
      return new long[] {total - idle, total};
    } catch (IOException e) {
      return new long[] {0, 0};
    }
  }

  private static List<Long> pids() {
    List<Long> pids = new ArrayList<>();
    try (Stream<Path> entries = Files.list(PROC)) {
      entries.map(p -> p.getFileName().toString()).filter(name -> name.chars().allMatch(Character::isDigit))
          .forEach(name -> pids.add(Long.parseLong(name)));
    } catch (IOException e) {
      // no /proc: nothing to count
    }
    return pids;
  }

  /**
   * The fields of {@code /proc/<pid>/stat}, with the command name (which may hold spaces) as one
   * field, or {@code null} when the process is gone.
   */
  private static String[] stat(long pid) {
    return stat(PROC.resolve(Long.toString(pid)).resolve("stat"));
  }

  private static String[] stat(Path file) {
    try {
      String line = Files.readString(file);
      int open = line.indexOf('(');
      int close = line.lastIndexOf(')');
      String[] rest = line.substring(close + 2).trim().split("\\s+");
      String[] fields = new String[rest.length + 2];
      fields[0] = line.substring(0, open).trim();
      fields[1] = line.substring(open, close + 1);
      System.arraycopy(rest, 0, fields, 2, rest.length);
      return fields;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static long ticks(String[] stat, int field) {
    return Long.parseLong(stat[field]);
  }

  private record Snapshot(Map<String, Long> ticksByPart, long machineBusy, long machineTotal) {
  }

  /** CPU seconds per part over a run, and how busy the machine's cores were. */
  public record CpuUse(Map<String, Double> secondsByPart, double machineBusySeconds, double machineTotalSeconds,
                       int cores) {

    public double attributedSeconds() {
      return secondsByPart.entrySet().stream().filter(part -> !isSubPart(part.getKey()))
          .mapToDouble(Map.Entry::getValue).sum();
    }

    private static boolean isSubPart(String part) {
      return part.endsWith(JIT) || part.endsWith(GC);
    }

    /** Cores kept busy on average, out of {@link #cores}. */
    public double busyCores() {
      return machineTotalSeconds == 0 ? 0 : cores * machineBusySeconds / machineTotalSeconds;
    }

    /** Milliseconds of CPU per finished trajectory: each part, then "other", then the machine. */
    public String perTrajectory(long finished) {
      if (finished == 0 || machineTotalSeconds == 0) {
        return "not measured";
      }
      StringBuilder parts = new StringBuilder();
      secondsByPart.forEach((part, seconds) -> {
        if (!isSubPart(part)) {
          double jit = secondsByPart.getOrDefault(part + JIT, 0.0);
          double gc = secondsByPart.getOrDefault(part + GC, 0.0);
          parts.append(String.format("%s %.0f", part, 1000 * seconds / finished))
              .append(jit + gc > 0 ? String.format(" (JIT %.0f, GC %.0f)", 1000 * jit / finished, 1000 * gc / finished) : "")
              .append(", ");
        }
      });
      double other = Math.max(0, machineBusySeconds - attributedSeconds());
      return String.format("%.0f ms: %sother %.0f; cores busy %.2f of %d",
          1000 * machineBusySeconds / finished, parts, 1000 * other / finished, busyCores(), cores);
    }

    /** CPU milliseconds per trajectory of the parts whose names start with one of the given prefixes. */
    public double millisPer(long finished, String... prefixes) {
      double seconds = secondsByPart.entrySet().stream()
          .filter(part -> !isSubPart(part.getKey()) && Arrays.stream(prefixes).anyMatch(part.getKey()::startsWith))
          .mapToDouble(Map.Entry::getValue).sum();
      return finished == 0 ? 0 : 1000 * seconds / finished;
    }

    /** CPU milliseconds per trajectory of the whole machine. */
    public double machineMillisPer(long finished) {
      return finished == 0 ? 0 : 1000 * machineBusySeconds / finished;
    }
  }
}
