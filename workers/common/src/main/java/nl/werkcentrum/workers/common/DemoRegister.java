package nl.werkcentrum.workers.common;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The memory of a demo partner system: one small file per key (the trajectId) in a folder, so a
 * booking survives a worker crash and a redelivered task finds it instead of booking again.
 * Files are written to a temporary name and moved in place, so a crash never leaves half a record.
 * A record never changes once written, so each file is read only once and then kept in memory:
 * counting bookings used to read every file for every task, which made a demo partner slower with
 * each trajectory (see docs/performance.md). Files another process wrote are picked up when first
 * asked for, so a restarted worker, or a second one on the same folder, sees them.
 */
public class DemoRegister {

  private final Path folder;
  private final Map<String, Properties> records = new HashMap<>();

  public DemoRegister(Path folder) {
    this.folder = folder;
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create demo register " + folder, e);
    }
  }

  public synchronized Optional<Properties> find(String key) {
    Path file = fileOf(key);
    Properties known = records.get(key);
    if (known == null && Files.exists(file)) {
      known = read(file);
      records.put(key, known);
    }
    return Optional.ofNullable(known);
  }

  /** The record under {@code key}: the existing one, or the new one from {@code create}. */
  public synchronized Properties findOrCreate(String key, Supplier<Properties> create) {
    Optional<Properties> existing = find(key);
    if (existing.isPresent()) {
      return existing.get();
    }
    Properties record = create.get();
    Path file = fileOf(key);
    Path tmp = folder.resolve(file.getFileName() + ".tmp");
    try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      record.store(out, null);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write demo record " + tmp, e);
    }
    try {
      Files.move(tmp, file);
    } catch (FileAlreadyExistsException e) {
      record = read(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write demo record " + file, e);
    }
    records.put(key, record);
    return record;
  }

  public synchronized List<Properties> all() {
    try (Stream<Path> files = Files.list(folder)) {
      List<Properties> all = new ArrayList<>();
      files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".properties")).sorted()
          .forEach(f -> find(f.substring(0, f.length() - ".properties".length())).ifPresent(all::add));
      return all;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list demo register " + folder, e);
    }
  }

  private static Properties read(Path file) {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      Properties record = new Properties();
      record.load(in);
      return record;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read demo record " + file, e);
    }
  }

  private Path fileOf(String key) {
    if (!key.matches("[A-Za-z0-9._-]+")) {
      throw new IllegalArgumentException("unusable register key");
    }
    return folder.resolve(key + ".properties");
  }
}
