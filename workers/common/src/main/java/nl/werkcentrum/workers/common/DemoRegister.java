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
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The memory of a demo partner system: one small file per key (the trajectId) in a folder, so a
 * booking survives a worker crash and a redelivered task finds it instead of booking again.
 * Files are written to a temporary name and moved in place, so a crash never leaves half a record.
 */
public class DemoRegister {

  private final Path folder;

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
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      Properties record = new Properties();
      record.load(in);
      return Optional.of(record);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read demo record " + file, e);
    }
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
      return find(key).orElseThrow();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write demo record " + file, e);
    }
    return record;
  }

  public synchronized List<Properties> all() {
    try (Stream<Path> files = Files.list(folder)) {
      List<Properties> records = new ArrayList<>();
      files.filter(f -> f.toString().endsWith(".properties"))
          .map(f -> f.getFileName().toString().replace(".properties", ""))
          .forEach(key -> find(key).ifPresent(records::add));
      return records;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list demo register " + folder, e);
    }
  }

  private Path fileOf(String key) {
    if (!key.matches("[A-Za-z0-9._-]+")) {
      throw new IllegalArgumentException("unusable register key");
    }
    return folder.resolve(key + ".properties");
  }
}
