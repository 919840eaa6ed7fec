package io.structview.maven;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the last successful run of a goal saw and wrote, kept in a small text file under {@code target/}: a
 * fingerprint of the plugin and its configuration, and for each schema (path relative to the source directory)
 * its content hash, the files generated from it (paths relative to the output directory, with size,
 * modification time and content hash) and the folders that writing them created. Deleting the file forces a full
 * regeneration. Unreadable or older-format files are treated as absent: then nothing is deleted, because nothing
 * is provably the plugin's own.
 *
 * <p>Format, one entry a line, tab-separated, {@code #} comments:
 * <pre>
 * structview-state	1
 * fingerprint	&lt;hex&gt;
 * schema	&lt;schema path&gt;	&lt;sha-256 hex, or - when the last run failed on it&gt;
 * output	&lt;schema path&gt;	&lt;output path&gt;	&lt;size&gt;	&lt;mtime millis&gt;	&lt;sha-256 hex&gt;
 * folder	&lt;schema path&gt;	&lt;folder path created for its outputs&gt;
 * </pre>
 */
final class BuildState {
    static final String MAGIC = "structview-state";
    /** Version 2 added each output's content hash and the folders created, without which nothing is deleted. */
    static final int VERSION = 2;
    /** Hash recorded for a schema whose generation failed, so that the next run retries it. */
    static final String FAILED = "-";

    /** A generated file as last written: its content hash proves, later, that a file there is still this one. */
    record Output(String path, long size, long modified, String hash) {}

    /** A schema, what it produced, and the folders (relative to the output directory) that writing it created. */
    record Entry(String hash, List<Output> outputs, List<String> folders) {
        Entry {
            outputs = List.copyOf(outputs);
            folders = List.copyOf(folders);
        }
    }

    private final String fingerprint;
    private final Map<String, Entry> schemas;

    BuildState(String fingerprint, Map<String, Entry> schemas) {
        this.fingerprint = Objects.requireNonNull(fingerprint);
        this.schemas = Collections.unmodifiableMap(new LinkedHashMap<>(schemas));
    }

    static BuildState empty() {
        return new BuildState("", Map.of());
    }

    String fingerprint() {
        return fingerprint;
    }

    /**
     * Returns the schemas, keyed by path relative to the source directory.
     *
     * @return an unmodifiable map in file order
     */
    Map<String, Entry> schemas() {
        return schemas;
    }

    /**
     * Reads a state file.
     *
     * @param file the file
     * @return the state, or {@link #empty()} when the file is missing or not in this format
     * @throws IOException if the file exists but cannot be read
     */
    static BuildState read(Path file) throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return empty();
        }
        String fingerprint = null;
        boolean headerSeen = false;
        Map<String, String> hashes = new LinkedHashMap<>();
        Map<String, List<Output>> outputs = new LinkedHashMap<>();
        Map<String, List<String>> folders = new LinkedHashMap<>();
        for (String line : lines) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            try {
                switch (f[0]) {
                    case MAGIC:
                        if (f.length != 2 || Integer.parseInt(f[1]) != VERSION) {
                            return empty();
                        }
                        headerSeen = true;
                        break;
                    case "fingerprint":
                        fingerprint = f[1];
                        break;
                    case "schema":
                        hashes.put(f[1], f[2]);
                        outputs.putIfAbsent(f[1], new ArrayList<>());
                        break;
                    case "output":
                        outputs.computeIfAbsent(f[1], k -> new ArrayList<>())
                                .add(new Output(f[2], Long.parseLong(f[3]), Long.parseLong(f[4]), f[5]));
                        break;
                    case "folder":
                        outputs.computeIfAbsent(f[1], k -> new ArrayList<>());
                        folders.computeIfAbsent(f[1], k -> new ArrayList<>()).add(f[2]);
                        break;
                    default:
                        return empty();
                }
            } catch (RuntimeException e) { // malformed line: start afresh
                return empty();
            }
        }
        if (!headerSeen || fingerprint == null) {
            return empty();
        }
        Map<String, Entry> schemas = new LinkedHashMap<>();
        for (Map.Entry<String, List<Output>> e : outputs.entrySet()) {
            schemas.put(e.getKey(), new Entry(hashes.getOrDefault(e.getKey(), FAILED), e.getValue(),
                    folders.getOrDefault(e.getKey(), List.of())));
        }
        return new BuildState(fingerprint, schemas);
    }

    /**
     * Writes this state atomically (a temporary file renamed over the old one).
     *
     * @param file the file
     * @throws IOException if it cannot be written
     */
    void write(Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
        try {
            try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                w.write("# StructView Maven plugin: schemas read and files generated by the last run."
                        + " Delete to force regeneration.\n");
                w.write(MAGIC + "\t" + VERSION + "\n");
                w.write("fingerprint\t" + fingerprint + "\n");
                for (Map.Entry<String, Entry> e : schemas.entrySet()) {
                    w.write("schema\t" + e.getKey() + "\t" + e.getValue().hash() + "\n");
                    for (Output o : e.getValue().outputs()) {
                        w.write("output\t" + e.getKey() + "\t" + o.path() + "\t" + o.size() + "\t" + o.modified()
                                + "\t" + o.hash() + "\n");
                    }
                    for (String folder : e.getValue().folders()) {
                        w.write("folder\t" + e.getKey() + "\t" + folder + "\n");
                    }
                }
            }
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
