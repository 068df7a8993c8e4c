package nl.werkcentrum.workers.common;

import org.springframework.core.io.Resource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads a demo data file: CSV with a header line, comma separated, '#' starts a comment line. */
public final class DemoData {

  private DemoData() {
  }

  public static List<Map<String, String>> read(Resource csv) {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(csv.getInputStream(), StandardCharsets.UTF_8))) {
      List<String> lines = in.lines().map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
      if (lines.isEmpty()) {
        throw new IllegalArgumentException("demo data file " + csv + " has no header");
      }
      String[] header = lines.get(0).split(",");
      List<Map<String, String>> rows = new ArrayList<>();
      for (String line : lines.subList(1, lines.size())) {
        String[] cells = line.split(",", -1);
        if (cells.length != header.length) {
          throw new IllegalArgumentException("demo data file " + csv + ": line '" + line.split(",")[0]
              + "...' has " + cells.length + " columns, header has " + header.length);
        }
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < header.length; i++) {
          row.put(header[i].strip(), cells[i].strip());
        }
        rows.add(row);
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read demo data " + csv, e);
    }
  }
}
