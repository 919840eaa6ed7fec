package io.structview.codegen.load;

import io.structview.schema.Location;

/** TEMPORARY stub of the pinned loader API (branch loader); reverted when the real loader lands. */
public record Diagnostic(Location location, String message, String hint) {
    @Override
    public String toString() {
        return location + ": error: " + message + (hint == null || hint.isEmpty() ? "" : " (" + hint + ")");
    }
}
